import type { Catalog } from '../model/catalog.ts';

/**
 * Where search's own files sit, relative to the site root: the build writes them (through
 * src/lib/routes/urls.ts) and the browser loads them, so both read the paths from here.
 */

/** The search page's path segment, under which the build also writes search's files. */
export const SEARCH_SEGMENT = 'search';

export const searchFiles = {
  /** The fold table and vocabulary (src/lib/search/lexicon.ts). */
  lexicon: `${SEARCH_SEGMENT}/lexicon.json`,
  /** The site's words and their pinyin, for "did you mean" (src/lib/search/suggest.ts). */
  suggestions: `${SEARCH_SEGMENT}/suggest.json`,
  /** A brand's versions in force, as Pagefind recorded them (src/lib/search/current.ts). */
  current: (brand: string) => `${SEARCH_SEGMENT}/current/${brand}.pf_records`,
  /** The folder of the search index (src/lib/build/search-bundles.ts). */
  pagefindRoot: 'pagefind/',
  /** A Pagefind bundle, by its name (a brand's id, or inForceBundle's): search merges those of its scope. */
  pagefindBundle: (name: string) => `pagefind/${name}/`,
  /** Every bundle's records (fragments), named by their content's hash, in one folder. */
  pagefindFragments: 'pagefind/fragment/',
} as const;

const IN_FORCE_PREFIX = '_in-force-';

/**
 * The name of the n-th bundle (from 1) of the brands' versions in force, which a group's search of
 * all brands without the archive reads instead of every brand's (src/lib/search/current.ts:
 * inForceBundles). A brand id never starts with `_`, so no brand's bundle can take its place.
 */
export const inForceBundle = (n: number): string => `${IN_FORCE_PREFIX}${n}`;

/** Whether a bundle (or shard unit) is one of the bundles of versions in force. */
export const isInForceBundle = (name: string): boolean => name.startsWith(IN_FORCE_PREFIX);

const EARLIER_SUFFIX = '.earlier';

/**
 * The name of a brand's bundle of earlier versions, for a long history (src/lib/search/earlier.ts
 * decides which brands have one). A brand id is a folder name of lowercase letters, digits and
 * hyphens, so no brand's own bundle ends so.
 */
export const earlierBundle = (brand: string): string => `${brand}${EARLIER_SUFFIX}`;

/** The brand (or unit, an inForceBundle) whose bundle `name` is: its own, or its earlier one. */
export const bundleBrand = (name: string): string =>
  name.endsWith(EARLIER_SUFFIX) ? name.slice(0, -EARLIER_SUFFIX.length) : name;

/**
 * The brands that have a Pagefind bundle: those with a version, since every version's permanent page
 * is indexed in its own language (src/lib/routes/pages.ts). The build writes exactly these, and
 * search merges only these (a bundle without pages would not load).
 */
export const bundledBrands = (catalog: Catalog): string[] =>
  catalog.brands.filter((brand) => brand.policies.some((policy) => policy.versions.length > 0)).map((b) => b.id);
