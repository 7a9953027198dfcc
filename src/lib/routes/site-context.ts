import { cachedDiffs, type Redlines } from '../diff/cache.ts';
import type { Catalog } from '../model/catalog.ts';
import { searchAids, type SearchAids } from '../build/search-aids.ts';
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
  /** The search lexicon and suggestions of these texts (kept between builds where the build says so). */
  searchAids: SearchAids;
}

export function siteContext(
  catalog: Catalog,
  mount: Mount,
  site: URL,
  redlines: Redlines = cachedDiffs(undefined),
  pdf = false,
  vocabulary: readonly string[][] = [],
  aids: SearchAids = searchAids(catalog, vocabulary),
): SiteContext {
  return { catalog, mount, urls: makeUrls(mount, catalog.locale), site, redlines, pdf, vocabulary, searchAids: aids };
}
