import { afterAll, describe, expect, inject, it } from 'vitest';
import { resultView } from '../../src/lib/search/results.ts';
import { suggestQuery } from '../../src/lib/search/suggest.ts';
import { useSampleSearch } from '../support/sample-search.ts';
import { suite, type SuiteQuery } from './suite.ts';

/**
 * Runs the query suite (tests/search/suite.ts) against the sample site's real index and prints its
 * recall and precision, overall and by kind of query. Every query must find exactly its brands.
 */
const sample = useSampleSearch(inject('sites').sample);
const tally = new Map<string, { expected: number; found: number; right: number; queries: number }>();

/** The suite's query through the search page's Pagefind search, or the header box's quick search. */
async function run(entry: SuiteQuery, how: 'policies' | 'quick' = 'policies') {
  const q = entry.suggest ?? entry.q;
  const groups = await sample[how](entry.lang ?? 'zh-CN', new URLSearchParams({ q }).toString());
  return Promise.all(
    groups.map(async (g) => {
      const data = await g.best.data();
      return {
        // An English text is named en/<brand>: one index holds both languages.
        brand: `${data.filters['locale']?.[0] === 'en' ? 'en/' : ''}${data.meta['brand_id'] ?? ''}`,
        kind: g.best.match.kind,
        href: resultView(data, q, g.best.match).href,
      };
    }),
  );
}

describe('the query suite on the sample site', () => {
  it.each(suite.map((entry) => [entry.kind, entry.q, entry] as const))('%s: %s', async (kind, q, entry) => {
    if (entry.suggest !== undefined) expect(suggestQuery(q, sample.speller, sample.lexicon.fold)).toBe(entry.suggest);
    const found = await run(entry);
    const brands = found.map((f) => f.brand);
    const right = brands.filter((b) => entry.brands.includes(b)).length;
    for (const key of [kind, 'all']) {
      const t = tally.get(key) ?? { expected: 0, found: 0, right: 0, queries: 0 };
      tally.set(key, {
        expected: t.expected + entry.brands.length,
        found: t.found + brands.length,
        right: t.right + right,
        queries: t.queries + 1,
      });
    }
    expect([...brands].sort()).toEqual([...entry.brands].sort());
    const related = found.filter((f) => f.kind === 'related').map((f) => f.brand);
    expect(related.sort(), `${q}: found through related words`).toEqual([...(entry.related ?? [])].sort());
    for (const [brand, word] of Object.entries(entry.sections ?? {})) {
      const href = found.find((f) => f.brand === brand)?.href ?? '';
      expect(decodeURIComponent(new URL(href, 'http://x').hash).toLowerCase(), `${q}: ${brand}`).toContain(word);
    }
  });

  // The header box searches a small site from its records in force, without Pagefind: the same
  // policies, found the same way and leading to the same sections.
  it.each(suite.map((entry) => [entry.q, entry] as const))('quick search agrees: %s', async (_, entry) => {
    const byBrand = (found: Awaited<ReturnType<typeof run>>) =>
      found.map((f) => [f.brand, f.kind, f.href] as const).sort((a, b) => a[0].localeCompare(b[0]));
    expect(byBrand(await run(entry, 'quick'))).toEqual(byBrand(await run(entry)));
  });

  it('holds at least 60 queries of every kind', () => {
    expect(suite.length).toBeGreaterThanOrEqual(60);
    expect(new Set(suite.map((s) => s.kind)).size).toBe(8);
  });
});

afterAll(() => {
  const ratio = (a: number, b: number) => (b === 0 ? '1.00' : (a / b).toFixed(2));
  const lines = [...tally].map(
    ([kind, t]) =>
      `  ${kind.padEnd(12)} ${String(t.queries).padStart(3)} queries  recall ${ratio(t.right, t.expected)}  precision ${ratio(t.right, t.found)}`,
  );
  console.log(`Search suite on the sample site (brands found per query):\n${lines.join('\n')}`);
});
