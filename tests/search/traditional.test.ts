import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagefindApi } from '../../src/lib/search/pagefind-api.ts';
import { pagefindCandidates } from '../../src/lib/search/candidates.ts';
import { searchPolicies } from '../../src/lib/search/query.ts';
import { resultView } from '../../src/lib/search/results.ts';
import { readSearchState } from '../../src/lib/search/state.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { serve } from '../../src/lib/build/static-server.ts';
import { buildSite, root } from '../support/build.ts';
import { loadFragments, loadLexicon, loadPagefind } from '../support/pagefind.ts';

/**
 * A policy written in traditional characters (tests/fixtures/sites/traditional), indexed by the real
 * build. Pagefind segments Chinese one way when it indexes and another when it is queried (its issue
 * #1237), so a phrase can be in the text and not be found; the site's search reads and checks the
 * candidates itself, with one folding for both sides. Here every phrase of the text is looked for.
 */
const content = resolve(root, 'tests/fixtures/sites/traditional');
const text = readFileSync(join(content, 'brands/hk/privacy/2025-01-01.mdx'), 'utf8');
let server: Awaited<ReturnType<typeof serve>>;
let pagefind: PagefindApi;
let lexicon: Lexicon;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'privacy-center-traditional-')), 'dist');
  const result = await buildSite({ content, out, now: '2025-06-01' });
  if (result.status !== 0) throw new Error(result.output);
  server = await serve(out);
  pagefind = await loadPagefind(server.url, 'zh-CN', ['hk']);
  lexicon = await loadLexicon(server.url);
}, 180_000);
afterAll(() => server?.close());
const candidates = () => pagefindCandidates(pagefind, new Map([['hk', '示例香港']]), loadFragments(server.url));

async function search(q: string, archive = false) {
  const state = readSearchState(new URLSearchParams({ q, ...(archive ? { archive: '1' } : {}) }), undefined);
  const groups = await searchPolicies(candidates(), state, { lexicon });
  return Promise.all(
    groups.map(async (g) => ({ kind: g.best.match.kind, view: resultView(await g.best.data(), q, g.best.match) })),
  );
}

/** Every run of 2 to 6 Chinese characters that starts each clause of the body: what a reader might type. */
function phrases(): string[] {
  const body = text.slice(text.indexOf('##'));
  const runs = body.match(/\p{Script=Han}{2,}/gu) ?? [];
  const out = new Set<string>();
  for (const run of runs) for (let n = 2; n <= Math.min(6, run.length); n++) out.add(run.slice(0, n));
  return [...out];
}

describe('a policy in traditional characters', () => {
  it('is found by every phrase of its text, typed as written (index and query agree)', async () => {
    const all = phrases();
    expect(all.length).toBeGreaterThan(60);
    const missed: string[] = [];
    for (const phrase of all) {
      const [hit] = await search(phrase);
      if (hit?.kind !== 'exact' || hit.view.brandId !== 'hk') missed.push(phrase);
    }
    expect(missed).toEqual([]);
  });

  it('is found by the same words in simplified characters, and marks them as the text writes them', async () => {
    for (const [simplified, written] of [
      ['注销账户', '註銷帳戶'],
      ['个人资料', '個人資料'],
      ['跨境传输', '跨境傳輸'],
      ['儿童的私隐', '兒童的私隱'],
      ['储存于您的装置里', '儲存於您的裝置裡'],
    ] as const) {
      const [hit] = await search(simplified);
      expect(hit?.kind, simplified).toBe('exact');
      expect(hit?.view.excerpt.filter((p) => p.mark).map((p) => p.text)).toContain(written);
    }
  });

  it('finds related words across scripts: 人脸 finds 人臉辨識, 儿童 finds 未滿十八歲', async () => {
    const [face] = await search('人脸识别');
    expect(face?.view.brandId).toBe('hk');
    const [child] = await search('未成年人');
    expect(child?.kind).toBe('related');
  });

  it('leads each result to the section its excerpt comes from', async () => {
    const [hit] = await search('註銷帳戶');
    expect(decodeURIComponent(new URL(hit!.view.href, 'http://x').hash)).toContain('註銷帳戶');
    const [first] = await search('流動電話號碼');
    expect(decodeURIComponent(new URL(first!.view.href, 'http://x').hash)).toContain('個人資料');
  });

  it('groups the two versions as one policy, the current one first', async () => {
    const groups = await searchPolicies(
      candidates(),
      readSearchState(new URLSearchParams('q=註銷帳戶&archive=1'), undefined),
      { lexicon },
    );
    expect(groups).toHaveLength(1);
    expect((await groups[0]!.best.data()).meta['date']).toBe('2025-01-01');
    expect(await Promise.all(groups[0]!.others.map(async (h) => (await h.data()).meta['date']))).toEqual([
      '2024-01-01',
    ]);
  });
});
