/**
 * The header box's quick search: each brand's versions in force, as Pagefind recorded them, in one
 * small file per brand (written after indexing by src/integrations/pagefind.ts). A scope whose texts
 * fit in a few tens of kilobytes is searched from these files alone, without Pagefind's code, wasm
 * and index, which weigh more than the texts themselves on a small site; a larger scope uses
 * Pagefind. Pure; runs in the browser and in Node.
 */
import { versionCharacters, type Catalog } from '../model/catalog.ts';
import { searchBundles } from './earlier.ts';
import { bundledBrands, inForceBundle } from './files.ts';

/**
 * Characters of text in force a scope may hold to be searched from its records: about 60 KB
 * gzipped, less than Pagefind's code and wasm (about 70 KB) before any of its index.
 */
export const QUICK_SEARCH_CHARACTERS = 60_000;

/** Which scopes a page's search (the header box, or the search page without the archive) covers quickly. */
export interface QuickScopes {
  /** The page's brand, on a brand's pages. */
  brand: boolean;
  /** Every brand: their ids, whose files together hold the whole site's texts in force. */
  all: string[] | undefined;
}

const counted = new WeakMap<Catalog, Map<string, number>>();

/** Characters of each brand's texts in force, in every language they are written in (counted once per catalog). */
export function currentCharacters(catalog: Catalog): Map<string, number> {
  const known = counted.get(catalog);
  if (known !== undefined) return known;
  const counts = new Map<string, number>();
  for (const brand of catalog.brands) {
    let n = 0;
    for (const policy of brand.policies)
      for (const version of policy.versions) if (version.status === 'current') n += versionCharacters(version);
    counts.set(brand.id, n);
  }
  counted.set(catalog, counts);
  return counts;
}

/** The scopes small enough for quick search, for a page of `brand` (or of no brand). */
export function quickScopes(characters: ReadonlyMap<string, number>, brand: string | undefined): QuickScopes {
  const total = [...characters.values()].reduce((sum, n) => sum + n, 0);
  return {
    brand: brand !== undefined && (characters.get(brand) ?? Infinity) <= QUICK_SEARCH_CHARACTERS,
    all: total <= QUICK_SEARCH_CHARACTERS ? [...characters.keys()] : undefined,
  };
}

/** Brands a bundle of versions in force holds at least, and how many such bundles a site has at most. */
const IN_FORCE_BRANDS = 3;
const IN_FORCE_BUNDLES = 4;

const grouped = new WeakMap<Catalog, Map<string, string>>();

/**
 * The Pagefind bundles of the brands' versions in force (inForceBundle), by brand id; none when a
 * search of all brands without the archive is small enough for the records in force, or would merge
 * a single brand's bundle anyway. With them, a group portal's first search loads at most four
 * indexes whatever the number of brands, where every brand's own bundle would be one each, and
 * each index weighs words over a quarter of the group's texts in force or more (merged bundles
 * weigh words each by their own pages: Pagefind issue #796). They are split, in runs of at least
 * three brands in the catalog's order, so that a rebuild after one brand's new version indexes the
 * texts in force of that brand's run alone, not the whole group's, and shards share the work.
 */
export function inForceBundles(catalog: Catalog): ReadonlyMap<string, string> {
  const known = grouped.get(catalog);
  if (known !== undefined) return known;
  const brands = bundledBrands(catalog);
  const groups = Math.min(IN_FORCE_BUNDLES, Math.max(1, Math.floor(brands.length / IN_FORCE_BRANDS)));
  const some = brands.length > 1 && quickScopes(currentCharacters(catalog), undefined).all === undefined;
  const bundles = new Map(
    some ? brands.map((brand, i) => [brand, inForceBundle(Math.floor((i * groups) / brands.length) + 1)]) : [],
  );
  grouped.set(catalog, bundles);
  return bundles;
}

/** What a search form holds to choose where it searches (src/client/search/load.ts reads it). */
export interface SearchSources {
  /** The scopes searched from their records in force, without Pagefind. */
  quick: QuickScopes;
  /** The brands' search bundles (src/lib/search/earlier.ts), which a search of every brand with the archive merges. */
  bundles: string[];
  /** The bundles of the brands' versions in force (inForceBundles), which a search of every brand reads instead; none on a small site. */
  inForce: string[];
}

/** The sources of a search form on a page of `brand` (or of no brand): the header box's and the search page's. */
export function searchSources(catalog: Catalog, brand: string | undefined): SearchSources {
  return {
    quick: quickScopes(currentCharacters(catalog), brand),
    bundles: searchBundles(catalog),
    inForce: [...new Set(inForceBundles(catalog).values())],
  };
}

/** The form's attributes that carry its sources: `data-quick`, `data-bundles`, `data-in-force`. */
export function sourceAttributes(sources: SearchSources): Record<string, string | undefined> {
  return {
    'data-quick': JSON.stringify(sources.quick),
    'data-bundles': JSON.stringify(sources.bundles),
    'data-in-force': sources.inForce.length > 0 ? JSON.stringify(sources.inForce) : undefined,
  };
}
