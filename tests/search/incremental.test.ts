import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagefindCandidates } from '../../src/lib/search/candidates.ts';
import { searchPolicies } from '../../src/lib/search/query.ts';
import { readSearchState } from '../../src/lib/search/state.ts';
import { serve } from '../../src/lib/build/static-server.ts';
import { buildSite, root } from '../support/build.ts';
import { loadFragments, loadPagefind } from '../support/pagefind.ts';

const brands = new Map([
  ['acme', '示例公司'],
  ['beta', '贝塔公司'],
]);

/** The URLs of the versions a query finds, searching both brands' bundles as the search page does. */
async function found(dist: string, q: string): Promise<string[]> {
  const server = await serve(dist);
  try {
    const pagefind = await loadPagefind(server.url, 'zh-CN', [...brands.keys()]);
    const hits = await searchPolicies(
      pagefindCandidates(pagefind, brands, loadFragments(server.url)),
      readSearchState(new URLSearchParams({ q, archive: '1' }), undefined),
    );
    return (
      await Promise.all(hits.flatMap((h) => [h.best, ...h.others]).map(async (h) => (await h.data()).url))
    ).sort();
  } finally {
    await server.close();
  }
}

describe('a rebuild indexes again only the brands whose pages changed', () => {
  const work = mkdtempSync(join(tmpdir(), 'privacy-center-search-incremental-'));
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  const outputs: string[] = [];
  beforeAll(async () => {
    cpSync(resolve(root, 'tests/fixtures/sites/basic'), content, { recursive: true });
    cpSync(join(content, 'brands/acme'), join(content, 'brands/beta'), { recursive: true });
    const yaml = join(content, 'brands/beta/brand.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8')
        .replace('name: 示例公司', 'name: 贝塔公司')
        .replace(/^site: .*$/m, ''),
    );
    const build = async (name: string) => {
      const result = await buildSite({ content, out: join(work, name), now: '2024-01-01', cache });
      if (result.status !== 0) throw new Error(result.output);
      outputs.push(result.output);
    };
    await build('first');
    await build('same');
    writeFileSync(
      join(content, 'brands/beta/privacy/2023-09-01.mdx'),
      '---\ntitle: 贝塔隐私政策\nsummary: 增加了量子加密一节。\npublished: 2023-08-15\n---\n\n## 一、量子加密\n\n我们以量子加密保存您的信息。\n',
    );
    await build('changed');
  }, 300_000);

  it('indexes every brand on the first build, none when nothing changed, and only the changed brand after an edit', () => {
    const line = (output: string) => /Indexed \d+ pages for search in [\d.]+s: (.*)$/m.exec(output)?.[1];
    expect(outputs.map(line)).toEqual([
      '2 bundles, 0 unchanged since the last build.',
      '2 bundles, 2 unchanged since the last build.',
      '2 bundles, 1 unchanged since the last build.',
    ]);
  });

  it('finds the new text in the changed brand, and the unchanged brand as before', async () => {
    expect(await found(join(work, 'changed'), '量子加密')).toEqual(['/beta/privacy/2023-09-01/']);
    expect(await found(join(work, 'same'), '量子加密')).toEqual([]);
    const before = await found(join(work, 'first'), '姓名');
    expect(before.some((url) => url.startsWith('/acme/')) && before.some((url) => url.startsWith('/beta/'))).toBe(true);
    expect(await found(join(work, 'changed'), '姓名')).toEqual(before);
  });
});
