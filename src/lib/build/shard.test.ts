import { describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { buildCatalog } from '../model/catalog.ts';
import { QUICK_SEARCH_CHARACTERS } from '../search/current.ts';
import { builtHere, isShardManifest, partOf, shardBrands, shardUnits, unitFolders, type ShardUnit } from './shard.ts';
import { parseShard } from './shard-setting.ts';

/** Brands with a privacy policy of two versions, the second in force since 2021; its text this many characters long. */
const group = (ids: string[], characters: number) =>
  buildCatalog(
    {
      brands: ids.map((id) => ({ ...brandRecord(), id, file: `brands/${id}/brand.yaml` })),
      versions: ids.flatMap((brand) =>
        ['2020-01-01', '2021-01-01'].map((date) =>
          versionRecord(date, { brand, file: `brands/${brand}/privacy/${date}.mdx`, body: '文'.repeat(characters) }),
        ),
      ),
    },
    '2024-01-01',
  );

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
    // End to end by id, 120 versions cut at 60: the middles of a (25) and b (55) fall in the first
    // half, of c (75), d (102.5) and e (117.5) in the second: 60 and 60.
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

  it('keeps each brand in its shard when a brand gains a version, so that its caches stay useful', () => {
    // 100 brands of 50 to 1,049 versions, in 20 shards; then each brand in turn gains a version.
    const sizes = Array.from({ length: 100 }, (_, i) => ({
      id: `brand-${String(i).padStart(3, '0')}`,
      versions: 50 + ((i * 7919) % 1000),
    }));
    const split = (units: ShardUnit[]) => {
      const owner = new Map<string, number>();
      for (let index = 1; index <= 20; index++) {
        const r = shardBrands({ index, count: 20 }, units);
        for (const id of 'brands' in r ? r.brands : []) owner.set(id, index);
      }
      return owner;
    };
    const before = split(sizes);
    expect(before.size).toBe(100);
    const loads = Array.from({ length: 20 }, (_, i) =>
      sizes.filter((u) => before.get(u.id) === i + 1).reduce((n, u) => n + u.versions, 0),
    );
    // Each shard within one brand's versions of an equal share.
    const share = sizes.reduce((n, u) => n + u.versions, 0) / 20;
    for (const load of loads) expect(Math.abs(load - share)).toBeLessThanOrEqual(1049);
    for (const grown of sizes) {
      const after = split(sizes.map((u) => (u === grown ? { ...u, versions: u.versions + 1 } : u)));
      const moved = sizes.filter((u) => after.get(u.id) !== before.get(u.id)).length;
      expect(moved, grown.id).toBeLessThanOrEqual(1);
    }
  });

  it('makes each bundle of the brands’ versions in force a unit of its own, built by one shard', () => {
    expect(shardUnits(group(['a', 'b'], 10))).toEqual([
      { id: 'a', versions: 2 },
      { id: 'b', versions: 2 },
    ]);
    const large = group(['a', 'b', 'c'], QUICK_SEARCH_CHARACTERS);
    const units = shardUnits(large);
    expect(units).toEqual([
      { id: 'a', versions: 2 },
      { id: 'b', versions: 2 },
      { id: 'c', versions: 2 },
      { id: '_in-force-1', versions: 3 },
    ]);
    // 9 versions cut at 4.5: the middles of a (1) and b (3) before, of c (5) and _in-force-1 (7.5) after.
    expect(shardBrands({ index: 1, count: 2 }, units)).toEqual({ brands: ['a', 'b'] });
    expect(shardBrands({ index: 2, count: 2 }, units)).toEqual({ brands: ['c', '_in-force-1'] });
    // A list of brands: the bundle goes with the first brand.
    expect(shardBrands({ brands: ['a'] }, units)).toEqual({ brands: ['a', '_in-force-1'] });
    expect(shardBrands({ brands: ['b', 'c'] }, units)).toEqual({ brands: ['b', 'c'] });
    expect(shardBrands({ brands: ['_in-force-1'] }, units)).toEqual({
      problem: 'There is no brand "_in-force-1"; brands: a, b, c.',
    });
    expect(partOf('pagefind/_in-force-1/pagefind-entry.json', new Set(units.map((u) => u.id)), new Map())).toEqual({
      brand: '_in-force-1',
    });
    const site = { shard: new Set(['a', 'b']), ctx: { catalog: large } };
    expect(builtHere(site, 'pagefind/_in-force-1/pagefind-entry.json')).toBe(false);
    expect(builtHere({ ...site, shard: new Set(['_in-force-1']) }, 'pagefind/_in-force-1/pagefind-entry.json')).toBe(
      true,
    );
  });

  it('tells which brand a file of the site belongs to, by its path', () => {
    const ids = new Set(['beiye', 'yhd']);
    const none = new Map<string, string>();
    expect(partOf('/beiye/privacy/2024-09-01/', ids, none)).toEqual({ brand: 'beiye' });
    expect(partOf('en/beiye/privacy/index.html', ids, none)).toEqual({ brand: 'beiye' });
    expect(partOf('pagefind/yhd/pagefind-entry.json', ids, none)).toEqual({ brand: 'yhd' });
    // A long history's earlier versions have a bundle of their own (src/lib/search/earlier.ts).
    expect(partOf('pagefind/yhd.earlier/pagefind-entry.json', ids, none)).toEqual({ brand: 'yhd' });
    expect(partOf('search/current/yhd.pf_records', ids, none)).toEqual({ brand: 'yhd' });
    expect(partOf('pagefind/fragment/zh-cn_1a2b.pf_fragment', ids, none)).toBe('fragment');
    expect(partOf('sitemap.yhd.privacy.xml', ids, none)).toEqual({ brand: 'yhd' });
    // Made by assemble from every shard's search parts (src/lib/build/search-aids.ts).
    expect(partOf('search/lexicon.json', ids, none)).toBe('assembled');
    expect(partOf('search/suggest.json', ids, none)).toBe('assembled');
    expect(partOf('sitemap.yhd.privacy.2.xml', ids, none)).toEqual({ brand: 'yhd' });
    for (const shared of [
      'index.html',
      'en/index.html',
      'search/index.html',
      'sitemap.xml',
      'sitemap-site.xml',
      'beiye.xml',
      '_astro/x.css',
      'pagefind/pagefind.js',
      'open-terms-archive/README.md',
    ])
      expect(partOf(shared, ids, none), shared).toBe('shared');
    const site = { shard: new Set(['yhd']), ctx: { catalog: group(['beiye', 'yhd'], 10) } };
    expect(builtHere(site, '/yhd/')).toBe(true);
    expect(builtHere(site, '/beiye/')).toBe(false);
    expect(builtHere(site, '/')).toBe(true);
    expect(builtHere({ ...site, shard: undefined }, '/beiye/')).toBe(true);
  });

  it("gives a brand its folder of the Open Terms Archive export, named by its service's name", () => {
    const catalog = group(['beiye', 'yhd'], 10);
    // Both brands of the fixture share a name, so each folder carries its id too.
    const folders = unitFolders(catalog);
    const [beiye] = [...folders].find(([, brand]) => brand === 'beiye') ?? [];
    expect(beiye).toMatch(/^open-terms-archive\/.+ \(beiye\)\/$/);
    const file = `${beiye}Privacy Policy/2021-01-01T00-00-00Z.md`;
    expect(partOf(file, new Set(['beiye', 'yhd']), folders)).toEqual({ brand: 'beiye' });
    const site = { shard: new Set(['yhd']), ctx: { catalog } };
    expect(builtHere(site, file)).toBe(false);
    expect(builtHere(site, '/open-terms-archive/README.md')).toBe(true);
    expect(builtHere({ ...site, shard: new Set(['beiye']) }, file)).toBe(true);
  });

  it('knows a manifest of its own shape from one an earlier version wrote', () => {
    const manifest = {
      shard: '1/2',
      brands: ['a'],
      all: ['a', 'b'],
      folders: { 'open-terms-archive/甲/': 'a' },
      now: '2024-01-01',
    };
    expect(isShardManifest(manifest)).toBe(true);
    const { folders: _, ...earlier } = manifest;
    expect(isShardManifest(earlier)).toBe(false);
    expect(isShardManifest({ ...manifest, all: 'a,b' })).toBe(false);
    expect(isShardManifest(null)).toBe(false);
  });
});
