import { describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { buildCatalog } from '../model/catalog.ts';
import { hasInForceBundle, QUICK_SEARCH_CHARACTERS, quickScopes, searchSources, sourceAttributes } from './current.ts';

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

describe('hasInForceBundle', () => {
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

  it('is made for a search of every brand that is too large for records and spans more than one bundle', () => {
    const half = QUICK_SEARCH_CHARACTERS / 2;
    expect(hasInForceBundle(group({ a: half, b: half + 1 }))).toBe(true);
    expect(hasInForceBundle(group({ a: half, b: half }))).toBe(false);
    // One bundle already holds every brand's texts in force.
    expect(hasInForceBundle(group({ a: QUICK_SEARCH_CHARACTERS * 2, b: undefined }))).toBe(false);
    expect(hasInForceBundle(group({ a: QUICK_SEARCH_CHARACTERS * 2 }))).toBe(false);
  });
});

describe('searchSources', () => {
  it('gives a form the scopes, bundles and in-force bundle it searches, as the attributes the search script reads', () => {
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
    expect(sources).toEqual({ quick: { brand: true, all: undefined }, bundles: ['a', 'b'], inForce: true });
    expect(sourceAttributes(sources)).toEqual({
      'data-quick': '{"brand":true}',
      'data-bundles': '["a","b"]',
      'data-in-force': 'true',
    });
    expect(sourceAttributes({ ...sources, inForce: false })['data-in-force']).toBeUndefined();
  });
});
