import { describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { buildCatalog } from '../model/catalog.ts';
import { inForceBundles, QUICK_SEARCH_CHARACTERS, quickScopes, searchSources, sourceAttributes } from './current.ts';

describe('quickScopes', () => {
  it('searches a scope from its records while its texts in force are small enough', () => {
    const small = new Map([
      ['a', 10_000],
      ['b', 20_000],
    ]);
    expect(quickScopes(small, 'a')).toEqual({ brand: true, all: ['a', 'b'] });
    expect(quickScopes(small, undefined)).toEqual({ brand: false, all: ['a', 'b'] });
    const large = new Map([
      ['a', 10_000],
      ['b', QUICK_SEARCH_CHARACTERS],
    ]);
    expect(quickScopes(large, 'a')).toEqual({ brand: true, all: undefined });
    expect(quickScopes(large, 'b')).toEqual({ brand: true, all: undefined });
    expect(quickScopes(new Map([['a', QUICK_SEARCH_CHARACTERS + 1]]), 'a')).toEqual({ brand: false, all: undefined });
  });
});

describe('inForceBundles', () => {
  /** Brands with one version each, in force since 2020, whose text is this many characters long (none: no version). */
  const group = (lengths: Record<string, number | undefined>) =>
    buildCatalog(
      {
        brands: Object.keys(lengths).map((id) => ({ ...brandRecord(), id, file: `brands/${id}/brand.yaml` })),
        versions: Object.entries(lengths).flatMap(([brand, n]) =>
          n === undefined
            ? []
            : [
                versionRecord('2020-01-01', {
                  brand,
                  file: `brands/${brand}/privacy/2020-01-01.mdx`,
                  body: '文'.repeat(n),
                }),
              ],
        ),
      },
      '2024-01-01',
    );

  const bundles = (catalog: ReturnType<typeof group>) => Object.fromEntries(inForceBundles(catalog));

  it('are made for a search of every brand that is too large for records and spans more than one bundle', () => {
    const half = QUICK_SEARCH_CHARACTERS / 2;
    expect(bundles(group({ a: half, b: half + 1 }))).toEqual({ a: '_in-force-1', b: '_in-force-1' });
    expect(bundles(group({ a: half, b: half }))).toEqual({});
    // One bundle already holds every brand's texts in force.
    expect(bundles(group({ a: QUICK_SEARCH_CHARACTERS * 2, b: undefined }))).toEqual({});
    expect(bundles(group({ a: QUICK_SEARCH_CHARACTERS * 2 }))).toEqual({});
  });

  it('split the brands into runs of at least three, in at most four bundles', () => {
    const brands = (n: number) =>
      group(Object.fromEntries(Array.from({ length: n }, (_, i) => [`b${String(i).padStart(2, '0')}`, 20_000])));
    const sizes = (n: number) => {
      const count = new Map<string, number>();
      for (const bundle of inForceBundles(brands(n)).values()) count.set(bundle, (count.get(bundle) ?? 0) + 1);
      return [...count.values()];
    };
    expect(sizes(5)).toEqual([5]);
    expect(sizes(6)).toEqual([3, 3]);
    expect(sizes(10)).toEqual([4, 3, 3]);
    expect(sizes(12)).toEqual([3, 3, 3, 3]);
    expect(sizes(30)).toEqual([8, 7, 8, 7]);
    // A run is of neighbours in the catalog's order, so one brand's new version changes one bundle.
    expect(bundles(brands(6))).toEqual({
      b00: '_in-force-1',
      b01: '_in-force-1',
      b02: '_in-force-1',
      b03: '_in-force-2',
      b04: '_in-force-2',
      b05: '_in-force-2',
    });
  });
});

describe('searchSources', () => {
  it('gives a form the scopes, bundles and in-force bundles it searches, as the attributes the search script reads', () => {
    const catalog = buildCatalog(
      {
        brands: ['a', 'b'].map((id) => ({ ...brandRecord(), id, file: `brands/${id}/brand.yaml` })),
        versions: ['a', 'b'].map((brand) =>
          versionRecord('2020-01-01', {
            brand,
            file: `brands/${brand}/privacy/2020-01-01.mdx`,
            body: '文'.repeat(QUICK_SEARCH_CHARACTERS),
          }),
        ),
      },
      '2024-01-01',
    );
    const sources = searchSources(catalog, 'a');
    expect(sources).toEqual({ quick: { brand: true, all: undefined }, bundles: ['a', 'b'], inForce: ['_in-force-1'] });
    expect(sourceAttributes(sources)).toEqual({
      'data-quick': '{"brand":true}',
      'data-bundles': '["a","b"]',
      'data-in-force': '["_in-force-1"]',
    });
    expect(sourceAttributes({ ...sources, inForce: [] })['data-in-force']).toBeUndefined();
  });
});
