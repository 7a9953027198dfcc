import { describe, expect, it } from 'vitest';
import { planAssembly, type ShardOutput } from './assemble.ts';
import type { AidsPart } from './search-aids.ts';

/** Brand a's Open Terms Archive folder is named by its service, 甲. */
const folders = { 'open-terms-archive/甲/': 'a', 'open-terms-archive/乙/': 'b' };

/** A brand's search part: its one word is its id. */
const part = (brand: string): AidsPart => ({ chars: brand, words: [[brand, 1]], terms: [] });

const shard = (dir: string, brands: string[], files: string[], now = '2024-01-01', all = ['a', 'b']): ShardOutput => ({
  dir,
  manifest: { shard: '', brands, all, folders, now },
  files: [
    '.privacy-center-shard.json',
    '.privacy-center-search.json',
    '.privacy-center-site',
    'index.html',
    '_astro/x.css',
    'search/lexicon.json',
    'search/suggest.json',
    ...files,
  ],
  search: {
    groups: [['个人信息', '个人资料']],
    parts: Object.fromEntries(brands.filter((b) => !b.startsWith('_')).map((b) => [b, part(b)])),
  },
});

describe('planAssembly', () => {
  it("takes each brand's files from its shard, the shared ones from the first, and lists the copies to compare", () => {
    const plan = planAssembly([
      shard('/one', ['a'], ['a/index.html', 'pagefind/a/pagefind-entry.json', 'pagefind/fragment/f1']),
      shard('/two', ['b'], ['b/index.html', 'pagefind/fragment/f1', 'pagefind/fragment/f2']),
    ]);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(Object.fromEntries(plan.sources)).toEqual({
      'index.html': '/one',
      '_astro/x.css': '/one',
      'a/index.html': '/one',
      'pagefind/a/pagefind-entry.json': '/one',
      'pagefind/fragment/f1': '/one',
      'b/index.html': '/two',
      'pagefind/fragment/f2': '/two',
    });
    expect(plan.compare.map((c) => c.file)).toEqual(['index.html', '_astro/x.css', 'pagefind/fragment/f1']);
  });

  it("makes search's lexicon and suggestions from every shard's parts, in the content's order, not from one shard's files", () => {
    const plan = planAssembly([shard('/two', ['b'], []), shard('/one', ['a'], [])]);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.search).toEqual({ groups: [['个人信息', '个人资料']], parts: [part('a'), part('b')] });
    expect(plan.sources.has('search/lexicon.json')).toBe(false);
    expect(plan.compare.map((c) => c.file)).not.toContain('search/suggest.json');
    const problems = (outputs: ShardOutput[]) => {
      const made = planAssembly(outputs);
      return made.ok ? [] : made.problems;
    };
    const otherWords = { ...shard('/two', ['b'], []), search: { groups: [['个人信息']], parts: { b: part('b') } } };
    expect(problems([shard('/one', ['a'], []), otherWords])).toEqual([
      '/two and /one were built with different search vocabularies: build every shard from the same commit.',
    ]);
    const partsOfA = {
      ...shard('/two', ['b'], []),
      search: { groups: [['个人信息', '个人资料']], parts: { a: part('a') } },
    };
    expect(problems([shard('/one', ['a'], []), partsOfA])).toEqual([
      '/two holds search parts of a and built b: build the shard again.',
    ]);
  });

  it('refuses shards of other days, missing brands, and outputs whose shared files differ', () => {
    const problems = (outputs: ShardOutput[]) => {
      const plan = planAssembly(outputs);
      return plan.ok ? [] : plan.problems;
    };
    expect(problems([shard('/one', ['a'], []), shard('/two', ['b'], [], '2024-01-02')])).toEqual([
      '/two computes statuses for 2024-01-02, and /one for 2024-01-01: build every shard with the same PRIVACY_CENTER_NOW (or on the same day).',
    ]);
    expect(problems([shard('/one', ['a'], [])])).toEqual(['No output holds the brand b: build the missing shards.']);
    expect(problems([shard('/one', ['a'], []), shard('/two', ['b'], ['sitemap.xml'])])[0]).toContain(
      'do not hold the same shared files (sitemap.xml)',
    );
    expect(problems([shard('/one', ['a'], ['b/index.html']), shard('/two', ['b'], [])])).toEqual([
      '/one holds b/index.html of the brand b, which it did not build.',
    ]);
  });

  it("takes a brand's files outside its folder, its Open Terms Archive export, from its shard", () => {
    const a = 'open-terms-archive/甲/Privacy Policy/2024-01-01T00-00-00Z.md';
    const readme = 'open-terms-archive/README.md';
    const plan = planAssembly([shard('/one', ['a'], [a, readme]), shard('/two', ['b'], [readme])]);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.sources.get(a)).toBe('/one');
    expect(plan.compare.map((c) => c.file)).toContain(readme);
    expect(plan.compare.map((c) => c.file)).not.toContain(a);
    const stray = planAssembly([shard('/one', ['a'], [a]), shard('/two', ['b'], [a])]);
    expect(stray.ok ? [] : stray.problems).toEqual([`/two holds ${a} of the brand a, which it did not build.`]);
    const renamed: ShardOutput = {
      ...shard('/two', ['b'], []),
      manifest: { shard: '', brands: ['b'], all: ['a', 'b'], folders: {}, now: '2024-01-01' },
    };
    expect(planAssembly([shard('/one', ['a'], []), renamed])).toEqual({
      ok: false,
      problems: [
        '/two and /one were built from content that names its brands differently: build every shard from the same commit.',
      ],
    });
  });

  it('takes a bundle of the brands’ versions in force from the one shard that built it', () => {
    const all = ['a', 'b', '_in-force-1'];
    const entry = 'pagefind/_in-force-1/pagefind-entry.json';
    const plan = planAssembly([
      shard('/one', ['a', '_in-force-1'], [entry], '2024-01-01', all),
      shard('/two', ['b'], [], '2024-01-01', all),
    ]);
    expect(plan.ok && plan.sources.get(entry)).toBe('/one');
    const without = planAssembly([
      shard('/one', ['a', '_in-force-1'], [], '2024-01-01', all),
      shard('/two', ['b'], [entry], '2024-01-01', all),
    ]);
    expect(without.ok ? [] : without.problems).toEqual([
      `/two holds ${entry} of the search bundle _in-force-1 of brands' versions in force, which it did not build.`,
    ]);
    const missing = planAssembly([shard('/one', ['a'], [], '2024-01-01', all)]);
    expect(missing.ok ? [] : missing.problems).toEqual([
      "No output holds the brand b and the search bundle _in-force-1 of brands' versions in force: build the missing shards.",
    ]);
  });
});
