/**
 * The two files search loads besides Pagefind's: the lexicon (src/lib/build/search-lexicon.ts) and
 * the suggestions (src/lib/build/search-suggest.ts). Both are made from what each brand's texts give
 * (`AidsPart`: their characters, words and terms), added up: a shard counts its own brands and leaves
 * their parts in its output, and assemble adds up every shard's (scripts/assemble.ts) into the files
 * one build of every brand makes. A build keeps each brand's part and tally between builds, so a new
 * version counts again only the blocks that came or went in its brand's texts.
 */
import { createHash } from 'node:crypto';
import { brandTexts, type Brand, type Catalog } from '../model/catalog.ts';
import { makeFold } from '../search/fold.ts';
import { searchFiles } from '../search/files.ts';
import type { SiteFile } from '../routes/site-file.ts';
import type { LexiconFile } from '../search/lexicon.ts';
import type { SuggestFile } from '../search/suggest.ts';
import { buildLexicon, termsOf, textsOf } from './search-lexicon.ts';
import { buildSuggestions } from './search-suggest.ts';
import { countWords, tallyBlocks, type Tally } from './search-tally.ts';
import type { WordSegments } from './word-segments.ts';
import type { ValueCache } from './value-cache.ts';

export interface SearchAids {
  lexicon(): LexiconFile;
  suggestions(): SuggestFile;
  /** Each brand's part, by brand id, in the catalog's order: what a shard leaves for assemble. */
  parts(): Record<string, AidsPart>;
}

/** What one brand's texts give the lexicon and the suggestions; parts add up (`mergeAids`). */
export interface AidsPart {
  /** Every character of the texts' blocks, once each, in code point order. */
  chars: string;
  /** Each word and phrase of the texts (as the tally counts them) and how often it occurs, by word. */
  words: [string, number][];
  /** The terms the texts define, sorted. */
  terms: string[];
}

export interface Made {
  lexicon: LexiconFile;
  suggestions: SuggestFile;
}

/** Where a build keeps them: a value cache, and the key of the code that renders texts and makes the files. */
export interface KeptAids {
  cache: ValueCache;
  codeKey: string;
  /** Names the site (its content folder and mounted brand): sites built beside each other keep their own. */
  site: string;
}

/**
 * Made when first asked (a dev server asks only when it serves them), once, from the parts of
 * `brands` (every brand of the catalog without it). With `kept`, the files are read back when the
 * last build made them under the same key (the texts' bytes, the vocabulary, the code and the ICU
 * version that cuts texts into words); a brand's part is read back when its texts are the same, or
 * else made from the tally its last build kept, brought up to date by the blocks that changed.
 */
export function searchAids(
  catalog: Catalog,
  groups: readonly string[][],
  kept?: KeptAids,
  segment?: WordSegments,
  brands?: ReadonlySet<string>,
): SearchAids {
  const chosen = catalog.brands.filter((b) => brands === undefined || brands.has(b.id));
  let parts: Record<string, AidsPart> | undefined;
  const allParts = () => (parts ??= Object.fromEntries(chosen.map((b) => [b.id, brandPart(b, groups, kept, segment)])));
  let made: Made | undefined;
  const get = (): Made => {
    if (made !== undefined) return made;
    if (kept === undefined) return (made = mergeAids(Object.values(allParts()), groups));
    const key = textsKey(chosen, vocabularyKey(groups, kept.codeKey));
    made = latest<Made>(kept, 'search-aids', key);
    if (made === undefined) {
      made = mergeAids(Object.values(allParts()), groups);
      kept.cache.set(`search-aids-${kept.site}`, { key, value: made });
    }
    return made;
  };
  return { lexicon: () => get().lexicon, suggestions: () => get().suggestions, parts: allParts };
}

/** The two files as the site serves them, each at its path (src/lib/search/files.ts), as JSON. */
export function aidsFiles(aids: Pick<SearchAids, 'lexicon' | 'suggestions'>): SiteFile[] {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
  return [
    { path: `/${searchFiles.lexicon}`, type: 'application/json', body: () => json(aids.lexicon()) },
    { path: `/${searchFiles.suggestions}`, type: 'application/json', body: () => json(aids.suggestions()) },
  ];
}

/**
 * The lexicon and suggestions of the texts whose parts these are. Characters and terms are taken
 * once, words added up: parts of different brands in any grouping give the same files.
 */
export function mergeAids(parts: readonly AidsPart[], groups: readonly string[][]): Made {
  const chars = new Set<string>();
  const words = new Map<string, number>();
  const terms = new Set<string>();
  for (const part of parts) {
    for (const c of part.chars) chars.add(c);
    for (const [word, n] of part.words) words.set(word, (words.get(word) ?? 0) + n);
    for (const term of part.terms) terms.add(term);
  }
  // Sorted, so that the files do not depend on the order the parts came in (the suggestions sort
  // their words themselves).
  const sortedTerms = [...terms].sort();
  const lexicon = buildLexicon(chars, groups, sortedTerms);
  return { lexicon, suggestions: buildSuggestions(words, groups, sortedTerms, makeFold(lexicon.fold)) };
}

/** A brand's part: read back when its texts are those it was made of, else counted (from the brand's kept tally). */
function brandPart(brand: Brand, groups: readonly string[][], kept?: KeptAids, segment?: WordSegments): AidsPart {
  const counted = kept && vocabularyKey(groups, kept.codeKey);
  const key = counted && textsKey([brand], counted);
  const found = kept && key && latest<AidsPart>(kept, `search-part-${brand.id}`, key);
  if (found) return found;
  const before = kept && counted ? latest<Tally>(kept, `search-tally-${brand.id}`, counted) : undefined;
  const { tally, changes } = tallyBlocks(textsOf(brand), before);
  const terms = termsOf(brand);
  const chars = new Set(tally.chars.keys());
  countWords(tally, changes, buildLexicon(chars, groups, terms).fold, segment);
  const part: AidsPart = {
    chars: [...chars].sort().join(''),
    words: [...tally.words].sort(([a], [b]) => (a < b ? -1 : 1)),
    terms,
  };
  if (kept && counted && key) {
    kept.cache.set(`search-tally-${brand.id}-${kept.site}`, { key: counted, value: tally });
    kept.cache.set(`search-part-${brand.id}-${kept.site}`, { key, value: part });
  }
  return part;
}

/**
 * The value kept under `name` for this site when it was made under `key`. One of each is kept per
 * site (and brand), the last build's, so the cache does not grow with every version of the content.
 */
function latest<T>(kept: KeptAids, name: string, key: string): T | undefined {
  const entry = kept.cache.get<{ key: string; value: T }>(`${name}-${kept.site}`);
  return entry?.key === key ? entry.value : undefined;
}

/** The code, the ICU version that cuts texts into words, and the vocabulary: what a tally is counted under. */
function vocabularyKey(groups: readonly string[][], codeKey: string): string {
  return createHash('sha256')
    .update(JSON.stringify([codeKey, process.versions.icu, groups]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * What parts are made of: the brands, each text (version or translation) by its bytes' hash, in the
 * catalog's order, under what they are counted. A text's blocks and terms follow from its bytes and
 * the renderer's code, which the vocabulary key's code covers.
 */
function textsKey(brands: readonly Brand[], counted: string): string {
  const hash = createHash('sha256').update(counted);
  for (const brand of brands) {
    hash.update(`brand ${brand.id}\n`);
    for (const file of brandTexts(brand)) hash.update(`${file.sha256}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}
