import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pagefindCandidates } from '../../src/lib/search/candidates.ts';
import { searchPolicies } from '../../src/lib/search/query.ts';
import { readSearchState } from '../../src/lib/search/state.ts';
import { buildSite, root } from '../support/build.ts';
import { readPage } from '../support/html.ts';
import { loadFragments, loadPagefind } from '../support/pagefind.ts';
import { serve } from '../../src/lib/build/static-server.ts';

/** The index is built for any content folder (PRIVACY_CENTER_CONTENT) and for a single-brand build. */
async function search(dist: string, query: string): Promise<{ url: string; page: string | undefined }[]> {
  const server = await serve(dist);
  try {
    const pagefind = await loadPagefind(server.url, 'zh-CN', ['acme']);
    const candidates = pagefindCandidates(pagefind, new Map([['acme', '示例公司']]), loadFragments(server.url));
    const hits = await searchPolicies(candidates, readSearchState(new URLSearchParams(query), undefined));
    // Awaited here, so the server stays up until every result's fragment has arrived.
    return await Promise.all(
      hits
        .flatMap((h) => [h.best, ...h.others])
        .map(async (hit) => ({ url: (await hit.data()).url, page: (await hit.data()).meta['page'] })),
    );
  } finally {
    await server.close();
  }
}

describe('the fixture content folder, all brands', () => {
  const dist = inject('sites').basic;

  it('offers to widen the header’s search to every brand only on a brand’s pages in a group', () => {
    const sample = inject('sites').sample;
    expect(readPage(sample, '/yhd/privacy/')).toContain('data-search-scope');
    expect(readPage(sample, '/')).not.toContain('data-search-scope');
    expect(readPage(sample, '/search/')).not.toContain('data-search-scope');
    // This content holds one brand: there is no other to widen to.
    expect(readPage(dist, '/acme/privacy/')).not.toContain('data-search-scope');
  });

  it('has search pages for all brands and for the brand, and an index of its versions', async () => {
    expect(readPage(dist, '/search/')).toContain('data-search-page');
    expect(readPage(dist, '/acme/search/')).toContain('data-scope="acme"');
    expect(await search(dist, 'q=姓名&archive=1')).toEqual(
      expect.arrayContaining([
        { url: '/acme/privacy/2020-01-01/', page: '/acme/privacy/2020-01-01/' },
        { url: '/acme/privacy/2023-06-01/', page: '/acme/privacy/' },
      ]),
    );
    expect(await search(dist, 'q=Cookie&brand=acme')).toEqual([
      { url: '/acme/cookies/2021-03-01/', page: '/acme/cookies/' },
    ]);
  });
});

describe('a single-brand build (PRIVACY_CENTER_BRAND=acme)', () => {
  let dist = '';
  let output = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-center-search-single-'));
    const out = join(dir, 'dist');
    // A cache of its own, so the log counts this build's bundles whatever ran before.
    const result = await buildSite({
      content: resolve(root, 'tests/fixtures/sites/basic'),
      out,
      now: '2024-01-01',
      brand: 'acme',
      cache: join(dir, 'cache'),
    });
    if (result.status !== 0) throw new Error(result.output);
    ({ out: dist, output } = result);
  });

  it('says how many pages it indexed, in the one brand’s bundle', () => {
    expect(output).toMatch(/Indexed 5 pages for search in [\d.]+s: 1 bundle, 0 unchanged since the last build/);
  });

  it('searches the brand at /search/ with its index at /pagefind/acme/, linking results without the brand segment', async () => {
    expect(existsSync(join(dist, 'pagefind/acme/pagefind.js'))).toBe(true);
    expect(readPage(dist, '/search/')).toContain('data-scope="acme"');
    expect(readPage(dist, '/privacy/')).toContain('action="/search/"');
    expect(await search(dist, 'q=电话号码')).toEqual([{ url: '/privacy/2023-06-01/', page: '/privacy/' }]);
  });
});
