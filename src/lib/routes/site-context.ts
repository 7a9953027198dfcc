import { cachedDiffs, type Redlines } from '../diff/cache.ts';
import type { Catalog } from '../model/catalog.ts';
import { keptWordSegments, type WordSegments } from '../build/word-segments.ts';
import { makeUrls, type Mount, type Urls } from './urls.ts';

/** Everything a page or file of one build is made from: the content, where it is mounted, its public origin. */
export interface SiteContext {
  catalog: Catalog;
  mount: Mount;
  urls: Urls;
  /** The public origin, for absolute URLs in canonical links, feeds, records and print headers. */
  site: URL;
  /** Redlines between texts, computed once per build (and cached between builds where the build says so). */
  redlines: Redlines;
  /** Whether the build prints every version and redline to PDF, so pages link them. */
  pdf: boolean;
  /** The search lexicon's groups of related words (src/lib/search/vocabulary/ and the content's). */
  vocabulary: readonly string[][];
  /** Texts cut into words for the search suggestions (kept between builds where the build says so). */
  segments: WordSegments;
}

export function siteContext(
  catalog: Catalog,
  mount: Mount,
  site: URL,
  redlines: Redlines = cachedDiffs(undefined),
  pdf = false,
  vocabulary: readonly string[][] = [],
  segments: WordSegments = keptWordSegments(undefined).segments,
): SiteContext {
  return { catalog, mount, urls: makeUrls(mount, catalog.locale), site, redlines, pdf, vocabulary, segments };
}
