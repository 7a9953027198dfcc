/**
 * The two files search loads besides Pagefind's: the lexicon (src/lib/build/search-lexicon.ts) and
 * the suggestions (src/lib/build/search-suggest.ts). Both are made from every text of the site, which
 * takes about a second at 1,000 versions. A build keeps them under a key of what they are made of,
 * so a rebuild whose texts did not change (a new day, a new colour) reads them back; and when they
 * must be made, a thread of its own makes them into that cache while Astro bundles and renders
 * (src/integrations/aids-warmup-worker.ts), so writing the site's files finds them there.
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../model/catalog.ts';
import { makeFold } from '../search/fold.ts';
import type { LexiconFile } from '../search/lexicon.ts';
import type { SuggestFile } from '../search/suggest.ts';
import { buildLexicon, siteWords, type SiteWords } from './search-lexicon.ts';
import { buildSuggestions } from './search-suggest.ts';
import { valueCache, type ValueCache } from './value-cache.ts';
import { keptWordSegments, type WordSegments } from './word-segments.ts';

export interface SearchAids {
  lexicon(): LexiconFile;
  suggestions(): SuggestFile;
  /** What a thread would need to make them into the cache, when the cache does not hold them yet. */
  pending(): AidsJob | undefined;
}

export interface MadeAids {
  lexicon: LexiconFile;
  suggestions: SuggestFile;
}

/** Where a build keeps them: a cache folder, the folder of kept word segments, and the key of the code. */
export interface KeptAids {
  cacheDir: string;
  wordsDir: string;
  codeKey: string;
}

/** Everything needed to make both files into the cache, as plain data for a thread. */
export interface AidsJob {
  words: SiteWords;
  groups: readonly string[][];
  cacheDir: string;
  wordsDir: string;
  key: string;
}

export function makeAids(words: SiteWords, groups: readonly string[][], segments: WordSegments): MadeAids {
  const lexicon = buildLexicon(words, groups);
  return { lexicon, suggestions: buildSuggestions(words, groups, makeFold(lexicon.fold), segments) };
}

/** Makes both files into the cache (the warm-up thread's work). */
export function makeAidsInto(job: AidsJob): void {
  const kept = keptWordSegments(job.wordsDir);
  valueCache(job.cacheDir).set(job.key, makeAids(job.words, job.groups, kept.segments));
  kept.save();
}

/**
 * Made when first asked (a dev server asks only when it serves them), once; with `kept`, read from
 * or written to its cache under a key of every text's bytes, the vocabulary, the code and the ICU
 * version that cuts texts into words.
 */
export function searchAids(
  catalog: Catalog,
  groups: readonly string[][],
  segments: WordSegments = keptWordSegments(undefined).segments,
  kept?: KeptAids,
): SearchAids {
  let made: MadeAids | undefined;
  let key: string | undefined;
  const cache: ValueCache | undefined = kept && valueCache(kept.cacheDir);
  const keyOf = () => (key ??= `search-aids-${aidsKey(catalog, groups, kept?.codeKey ?? '')}`);
  const get = (): MadeAids => {
    if (made !== undefined) return made;
    made = cache?.get<MadeAids>(keyOf());
    if (made === undefined) {
      made = makeAids(siteWords(catalog), groups, segments);
      cache?.set(keyOf(), made);
    }
    return made;
  };
  return {
    lexicon: () => get().lexicon,
    suggestions: () => get().suggestions,
    pending() {
      if (kept === undefined || made !== undefined || cache?.has(keyOf())) return undefined;
      return { words: siteWords(catalog), groups, cacheDir: kept.cacheDir, wordsDir: kept.wordsDir, key: keyOf() };
    },
  };
}

/**
 * What both files are made of: each text (version or translation) by its bytes' hash, in the
 * catalog's order, and the vocabulary. A text's blocks and terms follow from its bytes and the
 * renderer's code, which `codeKey` covers.
 */
export function aidsKey(catalog: Catalog, groups: readonly string[][], codeKey: string): string {
  const hash = createHash('sha256').update(JSON.stringify([codeKey, process.versions.icu, groups]));
  for (const brand of catalog.brands)
    for (const policy of brand.policies)
      for (const version of policy.versions)
        for (const file of [version, ...Object.values(version.translations)])
          if (file !== undefined) hash.update(`${file.sha256}\n`);
  return hash.digest('hex').slice(0, 32);
}
