import { describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { searchSources } from './current.ts';
import { bundleBrand, earlierBundle } from './files.ts';
import {
  archivedBeforeYear,
  brandBundles,
  bundleOf,
  EARLIER_BUNDLE_CHARACTERS,
  searchBundles,
  splitBrands,
} from './earlier.ts';

/** Brands with one policy each, its versions at these dates, each text this many characters long. */
function group(histories: Record<string, string[]>, length: number, now: string): Catalog {
  return buildCatalog(
    {
      brands: Object.keys(histories).map((id) => ({ ...brandRecord(), id, file: `brands/${id}/brand.yaml` })),
      versions: Object.entries(histories).flatMap(([brand, dates]) =>
        dates.map((date) =>
          versionRecord(date, { brand, file: `brands/${brand}/privacy/${date}.mdx`, body: '文'.repeat(length) }),
        ),
      ),
    },
    now,
  );
}

const versionsOf = (catalog: Catalog, brand: string) =>
  catalog.brands.find((b) => b.id === brand)!.policies[0]!.versions;

describe('earlier bundles', () => {
  const dates = ['2019-01-01', '2021-06-01', '2023-12-31', '2024-01-01', '2024-03-01', '2025-01-01'];
  const half = EARLIER_BUNDLE_CHARACTERS / 2;

  it('counts a version as earlier when its successor took effect before the year of the build began', () => {
    const versions = versionsOf(group({ a: dates }, 30, '2024-06-15'), 'a');
    // 2023-12-31 gave way on 2024-01-01, this year; the last three are current or upcoming.
    expect(versions.map((v) => archivedBeforeYear(v, '2024-06-15'))).toEqual([true, true, false, false, false, false]);
    expect(versions.map((v) => archivedBeforeYear(v, '2025-01-01'))).toEqual([true, true, true, true, false, false]);
  });

  it('splits a brand whose earlier texts reach the threshold, and only that brand', () => {
    // Two earlier versions each: `a`'s reach the threshold, `b`'s fall short of it.
    const catalog = buildCatalog(
      {
        brands: ['a', 'b'].map((id) => ({ ...brandRecord(), id, file: `brands/${id}/brand.yaml` })),
        versions: [
          ...dates.map((date) =>
            versionRecord(date, { brand: 'a', file: `brands/a/privacy/${date}.mdx`, body: '文'.repeat(half) }),
          ),
          ...dates.map((date) =>
            versionRecord(date, { brand: 'b', file: `brands/b/privacy/${date}.mdx`, body: '文'.repeat(half - 1) }),
          ),
        ],
      },
      '2024-06-15',
    );
    expect([...splitBrands(catalog)]).toEqual(['a']);
    expect(brandBundles(catalog, 'a')).toEqual(['a', 'a.earlier']);
    expect(brandBundles(catalog, 'b')).toEqual(['b']);
    expect(searchBundles(catalog)).toEqual(['a', 'a.earlier', 'b']);
    // The search forms list the same bundles, so the browser merges what the build wrote.
    expect(searchSources(catalog, undefined).bundles).toEqual(['a', 'a.earlier', 'b']);
    const a = versionsOf(catalog, 'a');
    expect(a.map((v) => bundleOf(catalog, 'a', v))).toEqual(['a.earlier', 'a.earlier', 'a', 'a', 'a', 'a']);
    expect(versionsOf(catalog, 'b').map((v) => bundleOf(catalog, 'b', v))).toEqual(['b', 'b', 'b', 'b', 'b', 'b']);
  });

  it('keeps a new version out of the earlier bundle, so adding one leaves that bundle as it was', () => {
    const before = group({ a: dates.slice(0, 5) }, half, '2024-06-15');
    const after = group({ a: [...dates.slice(0, 5), '2024-06-15'] }, half, '2024-06-15');
    const earlier = (catalog: Catalog) =>
      versionsOf(catalog, 'a')
        .filter((v) => bundleOf(catalog, 'a', v) === earlierBundle('a'))
        .map((v) => `${v.date} ${v.status}`);
    expect(earlier(before)).toEqual(['2019-01-01 archived', '2021-06-01 archived']);
    expect(earlier(after)).toEqual(earlier(before));
  });

  it("names a brand's earlier bundle so that no brand id can take it, and tells whose it is", () => {
    expect(earlierBundle('acme')).toBe('acme.earlier');
    expect(bundleBrand('acme.earlier')).toBe('acme');
    expect(bundleBrand('acme')).toBe('acme');
    expect(/^[a-z0-9][a-z0-9-]*$/.test(earlierBundle('acme'))).toBe(false);
  });
});
