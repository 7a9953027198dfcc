import { describe, expect, it } from 'vitest';
import { builtHere, parseShard, partOf, shardBrands } from './shard.ts';

const brands = [
  { id: 'a', versions: 50 },
  { id: 'b', versions: 10 },
  { id: 'c', versions: 30 },
  { id: 'd', versions: 25 },
  { id: 'e', versions: 5 },
];

describe('shards', () => {
  it('reads i/n or a list of brands, and says what is wrong otherwise', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('beiye, yhd')).toEqual({ brands: ['beiye', 'yhd'] });
    expect(parseShard('5/4')).toMatch(/names no shard/);
    expect(parseShard('0/1')).toMatch(/names no shard/);
    expect(parseShard('Beiye')).toMatch(/neither/);
  });

  it('balances i/n by versions, the same way every time, every brand in exactly one shard', () => {
    const of = (index: number) => {
      const r = shardBrands({ index, count: 2 }, brands);
      return 'brands' in r ? r.brands : r.problem;
    };
    // a (50) → 1; c (30) → 2; d (25) → 2 (30 < 50); b (10) → 1 (50 < 55); e (5) → 2 (55 < 60): 60 and 60.
    expect(of(1)).toEqual(['a', 'b']);
    expect(of(2)).toEqual(['c', 'd', 'e']);
    const three = [1, 2, 3].flatMap((index) => {
      const r = shardBrands({ index, count: 3 }, brands);
      return 'brands' in r ? r.brands : [];
    });
    expect(three.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shardBrands({ brands: ['c', 'a'] }, brands)).toEqual({ brands: ['a', 'c'] });
    expect(shardBrands({ brands: ['a', 'z'] }, brands)).toEqual({
      problem: 'There is no brand "z"; brands: a, b, c, d, e.',
    });
  });

  it('tells which brand a file of the site belongs to, by its path', () => {
    const ids = new Set(['beiye', 'yhd']);
    expect(partOf('/beiye/privacy/2024-09-01/', ids)).toEqual({ brand: 'beiye' });
    expect(partOf('en/beiye/privacy/index.html', ids)).toEqual({ brand: 'beiye' });
    expect(partOf('pagefind/yhd/pagefind-entry.json', ids)).toEqual({ brand: 'yhd' });
    expect(partOf('search/current/yhd.pf_records', ids)).toEqual({ brand: 'yhd' });
    expect(partOf('pagefind/fragment/zh-cn_1a2b.pf_fragment', ids)).toBe('fragment');
    for (const shared of [
      'index.html',
      'en/index.html',
      'search/index.html',
      'search/lexicon.json',
      'sitemap.xml',
      'beiye.xml',
      '_astro/x.css',
      'pagefind/pagefind.js',
    ])
      expect(partOf(shared, ids), shared).toBe('shared');
    const site = { shard: new Set(['yhd']), ctx: { catalog: { brands: [{ id: 'beiye' }, { id: 'yhd' }] } } };
    expect(builtHere(site, '/yhd/')).toBe(true);
    expect(builtHere(site, '/beiye/')).toBe(false);
    expect(builtHere(site, '/')).toBe(true);
    expect(builtHere({ ...site, shard: undefined }, '/beiye/')).toBe(true);
  });
});
