/**
 * The two files search loads besides Pagefind's: the lexicon (src/lib/build/search-lexicon.ts) and
 * the suggestions (src/lib/build/search-suggest.ts). Both are made from every text of the site, which
 * takes about a second at 1,000 versions; a build that keeps them reads them back when the texts, the
 * vocabulary and the code that makes them are those of a previous build.
 */
import { createHash } from 'node:crypto';
import { everyText, type Catalog } from '../model/catalog.ts';
import { makeFold } from '../search/fold.ts';
import type { LexiconFile } from '../search/lexicon.ts';
import type { SuggestFile } from '../search/suggest.ts';
import { buildLexicon, siteTerms, siteTexts } from './search-lexicon.ts';
import { buildSuggestions } from './search-suggest.ts';
import { countWords, tallyBlocks, type Tally } from './search-tally.ts';
import type { WordSegments } from './word-segments.ts';
import type { ValueCache } from './value-cache.ts';

export interface SearchAids {
  lexicon(): LexiconFile;
  suggestions(): SuggestFile;
}

interface Made {
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
 * Made when first asked (a dev server asks only when it serves them), once; with `kept`, read back
 * when the last build made them under the same key (every text's bytes, the vocabulary, the code and
 * the ICU version that cuts texts into words), or else made from the tally the last build kept
 * (src/lib/build/search-tally.ts), which is brought up to date by the blocks that changed.
 */
export function searchAids(
  catalog: Catalog,
  groups: readonly string[][],
  kept?: KeptAids,
  segment?: WordSegments,
): SearchAids {
  let made: Made | undefined;
  const make = (): Made => {
    const before = kept && latest<Tally>(kept, 'search-tally', vocabularyKey(groups, kept.codeKey));
    const { tally, changes } = tallyBlocks(siteTexts(catalog), before);
    const terms = siteTerms(catalog);
    const lexicon = buildLexicon(tally.chars, groups, terms);
    countWords(tally, changes, lexicon.fold, segment);
    if (kept) kept.cache.set(`search-tally-${kept.site}`, { key: vocabularyKey(groups, kept.codeKey), value: tally });
    return { lexicon, suggestions: buildSuggestions(tally.words, groups, terms, makeFold(lexicon.fold)) };
  };
  const get = (): Made => {
    if (made !== undefined) return made;
    if (kept === undefined) return (made = make());
    const key = aidsKey(catalog, groups, kept.codeKey);
    made = latest<Made>(kept, 'search-aids', key);
    if (made === undefined) {
      made = make();
      kept.cache.set(`search-aids-${kept.site}`, { key, value: made });
    }
    return made;
  };
  return { lexicon: () => get().lexicon, suggestions: () => get().suggestions };
}

/**
 * The value kept under `name` for this site when it was made under `key`. One of each is kept per
 * site, the last build's, so the cache does not grow with every version of the content.
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
 * What both files are made of: each text (version or translation) by its bytes' hash, in the
 * catalog's order, and the vocabulary. A text's blocks and terms follow from its bytes and the
 * renderer's code, which `codeKey` covers.
 */
function aidsKey(catalog: Catalog, groups: readonly string[][], codeKey: string): string {
  const hash = createHash('sha256').update(vocabularyKey(groups, codeKey));
  for (const file of everyText(catalog)) hash.update(`${file.sha256}\n`);
  return hash.digest('hex').slice(0, 32);
}
