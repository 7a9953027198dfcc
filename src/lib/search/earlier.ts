/**
 * A long brand history's search index in two Pagefind bundles: the versions archived before the
 * build's year began, which no new version changes, and the rest (current, upcoming and archived this
 * year). Pagefind has no incremental index, so a bundle is indexed whole whenever one of its texts
 * changes; with the split, an editor's new version re-indexes the brand's recent texts only, and the
 * earlier bundle is indexed again once a year, when the cut moves. A brand's search merges both
 * (src/client/search/load.ts; the bundles' names are in files.ts), each weighing words by its own
 * pages (Pagefind issue #796), so a brand is split only when its earlier texts are long enough for
 * the time saved to matter. Pure.
 */
import { versionCharacters, type Catalog, type Version } from '../model/catalog.ts';
import { bundledBrands, earlierBundle } from './files.ts';

/**
 * Characters of earlier text a brand needs for a bundle of its own: about a second of Pagefind's
 * time at every rebuild (Chinese text indexes at roughly 2 µs a character).
 */
export const EARLIER_BUNDLE_CHARACTERS = 500_000;

/** Whether a version was archived before the year of `now` began: its successor took effect before then. */
export function archivedBeforeYear(version: Version, now: string): boolean {
  return version.next !== undefined && version.next.date < `${now.slice(0, 4)}-01-01`;
}

const split = new WeakMap<Catalog, ReadonlySet<string>>();

/**
 * The brands whose earlier versions have a bundle of their own: those whose versions archived before
 * the year hold at least EARLIER_BUNDLE_CHARACTERS, in every language they are written in (counted
 * once per catalog).
 */
export function splitBrands(catalog: Catalog): ReadonlySet<string> {
  const known = split.get(catalog);
  if (known !== undefined) return known;
  const brands = new Set<string>();
  for (const brand of catalog.brands) {
    let characters = 0;
    for (const policy of brand.policies)
      for (const version of policy.versions)
        if (archivedBeforeYear(version, catalog.now)) characters += versionCharacters(version);
    if (characters >= EARLIER_BUNDLE_CHARACTERS) brands.add(brand.id);
  }
  split.set(catalog, brands);
  return brands;
}

/** The bundle a version's pages are indexed in: its brand's, or its brand's earlier one. */
export function bundleOf(catalog: Catalog, brand: string, version: Version): string {
  return splitBrands(catalog).has(brand) && archivedBeforeYear(version, catalog.now) ? earlierBundle(brand) : brand;
}

/** A brand's bundles, its own first: the one a search of the brand loads first. */
export function brandBundles(catalog: Catalog, brand: string): string[] {
  return splitBrands(catalog).has(brand) ? [brand, earlierBundle(brand)] : [brand];
}

/** Every brand bundle of the site, each brand's own first: what a search of every brand with the archive merges. */
export function searchBundles(catalog: Catalog): string[] {
  return bundledBrands(catalog).flatMap((brand) => brandBundles(catalog, brand));
}
