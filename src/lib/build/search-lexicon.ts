/**
 * Writes the search lexicon (src/lib/search/lexicon.ts) for a site: the vocabulary shipped in
 * src/lib/search/vocabulary/ with the content folder's own (search/vocabulary.yaml), the terms the
 * texts define, and a fold table from traditional to simplified characters made with
 * OpenCC for just the characters the site's texts and vocabulary hold, so the file stays small.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { vocabularySchema } from '../../schemas/vocabulary.ts';
import { parseYaml } from '../content/yaml.ts';
import { brandTexts, type Brand } from '../model/catalog.ts';
import { ContentError } from '../problem.ts';
import { makeFold, VARIANTS } from '../search/fold.ts';
import type { SiteText } from './search-tally.ts';
import type { LexiconFile } from '../search/lexicon.ts';

/** The groups of every vocabulary file the project ships (one per locale; all serve every page). */
export function shippedGroups(projectDir: string): string[][] {
  const folder = join(projectDir, 'src/lib/search/vocabulary');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const file = join(folder, f);
      const parsed = parseYaml(readFileSync(file, 'utf8'), vocabularySchema, file, 'search vocabulary');
      if (!parsed.ok) throw new ContentError(parsed.problems, folder);
      return parsed.value.groups;
    });
}

/**
 * A brand's texts, version or translation (what search can meet), by their names, with their blocks
 * read only when asked: a rebuild counts only the texts it has not met (src/lib/build/search-tally.ts).
 */
export function textsOf(brand: Brand): SiteText[] {
  return brandTexts(brand).map((file) => ({ key: file.textKey, blocks: () => file.text.blocks }));
}

/**
 * Every term a brand's texts define (src/lib/policy/glossary.ts), each once, sorted: the glossary's
 * part of the search vocabulary. A query keeps such a term whole when it is split into words, and
 * "did you mean" offers it.
 */
export function termsOf(brand: Brand): string[] {
  const terms = new Set<string>();
  for (const file of brandTexts(brand)) for (const { term } of file.text.terms) terms.add(term);
  return [...terms].sort();
}

const han = /\p{Script=Han}/u;

/** OpenCC's "from to|from to" dictionaries as pairs (a first target stands for the rest). */
const pairsOf = (dictionary: string) =>
  dictionary.split('|').flatMap((entry) => {
    const [from, to] = entry.split(' ');
    return from !== undefined && to !== undefined && [...from].length === 1 && [...to].length === 1
      ? [[from, to] as const]
      : [];
  });

/**
 * `texts` holds every character of the site's texts (a tally's, src/lib/build/search-tally.ts);
 * `terms` are the terms the texts define (`termsOf`). A character folds alike whatever other
 * characters the texts hold (its chain of pairs starts with its own), so words counted under the
 * fold of some of the texts are those the fold of all of them gives: each brand's are counted under
 * its own, and added up (src/lib/build/search-aids.ts).
 */
export function buildLexicon(
  texts: ReadonlySet<string>,
  groups: readonly string[][],
  terms: readonly string[],
): LexiconFile {
  const chars = new Set(texts);
  for (const group of groups) for (const word of group) for (const c of word) chars.add(c);
  // Regional variants to the standard traditional form, then traditional to simplified.
  const standard = new Map([...pairsOf(TWVariantsRev), ...pairsOf(HKVariantsRev)]);
  const simplified = new Map(pairsOf(TSCharacters));
  const pairs = new Map<string, string>();
  const simplify = (c: string) => simplified.get(standard.get(c) ?? c) ?? standard.get(c) ?? c;
  // A character that is itself a simplified form stays as it is (么 is not 幺, 干 not 幹).
  const simplifiedForms = new Set(simplified.values());
  for (const form of new Set([...standard.keys(), ...simplified.keys()])) {
    if (simplifiedForms.has(form)) continue;
    const target = simplify(form);
    // Only what can meet the site's text: a form whose simplified character the texts or vocabulary
    // hold, or a form the texts hold (then folded too, so a traditional text meets a simplified query).
    if (target !== form && (chars.has(target) || chars.has(form)) && han.test(form)) pairs.set(form, target);
  }
  const fold = [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([from, to]) => [from, to])
    .join('');
  const folding = makeFold(fold);
  const written = [...pairs.keys(), ...[...VARIANTS].filter((_, i) => i % 2 === 0)]
    .filter((form) => texts.has(form))
    .sort()
    .join('');
  return {
    fold,
    groups: groups.map((g) => [...new Set(g.map(folding))]).filter((g) => g.length > 1),
    terms: [...new Set(terms.map(folding))],
    written,
  };
}
