import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundlesOf } from '../../src/client/search/load.ts';
import { pagefindCandidates } from '../../src/lib/search/candidates.ts';
import { EARLIER_BUNDLE_CHARACTERS } from '../../src/lib/search/earlier.ts';
import { searchPolicies } from '../../src/lib/search/query.ts';
import { readSearchState } from '../../src/lib/search/state.ts';
import { serve } from '../../src/lib/build/static-server.ts';
import { buildSite, root } from '../support/build.ts';
import { formBundles, readPage } from '../support/html.ts';
import { loadFragments, loadPagefind } from '../support/pagefind.ts';

const brands = new Map([
  ['acme', '示例公司'],
  ['beta', '贝塔公司'],
]);

/** The bundles the site's search page lists, as the browser reads them. */
function listedBundles(dist: string): string[] {
  const [bundles] = formBundles(readPage(dist, '/search/'));
  if (bundles === undefined) throw new Error(`${dist}/search/index.html has no data-bundles.`);
  return bundles;
}

/**
 * The URLs of the versions a query finds, searching the bundles the search page merges for `brand`
 * (every brand's, with the archive, when undefined).
 */
async function found(dist: string, q: string, brand?: string): Promise<string[]> {
  const server = await serve(dist);
  try {
    const form = { dataset: { bundles: JSON.stringify(listedBundles(dist)) } } as unknown as HTMLElement;
    const pagefind = await loadPagefind(server.url, 'zh-CN', bundlesOf(form, brand, true));
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

/**
 * A long history: yearly versions of beta's terms since 1995, each holding the seed texts (about
 * 21,000 characters), so that the versions archived before the build's year fill a bundle of their
 * own (src/lib/search/earlier.ts). The 2005 version alone says 星辰条款.
 */
function writeLongHistory(content: string): void {
  const seeds = resolve(root, 'tests/fixtures/seeds');
  const paragraphs = readdirSync(seeds)
    .sort()
    .flatMap((f) => readFileSync(join(seeds, f), 'utf8').split('\n'))
    .map((line) => line.replace(/[<>{}[\]*_#`|\\]/g, '').trim())
    .filter((line) => line.length > 10);
  const dir = join(content, 'brands/beta/terms');
  mkdirSync(dir, { recursive: true });
  for (let year = 1995; year <= 2022; year++) {
    const own = year === 2005 ? '本版新增星辰条款。' : `本版为${year}年修订版。`;
    writeFileSync(
      join(dir, `${year}-01-01.mdx`),
      `---\ntitle: 贝塔用户协议\n${year > 1995 ? `summary: ${own}\n` : ''}---\n\n## 本版说明\n\n${own}\n\n## 正文\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
}

describe('a rebuild indexes again only the bundles whose pages changed', () => {
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
    writeLongHistory(content);
    const build = async (name: string) => {
      const result = await buildSite({ content, out: join(work, name), now: '2024-01-01', cache });
      if (result.status !== 0) throw new Error(result.output);
      outputs.push(result.output);
    };
    await build('first');
    await build('same');
    // In force from the day of the build, as an editor's new version is: earlier versions stay earlier.
    writeFileSync(
      join(content, 'brands/beta/privacy/2024-01-01.mdx'),
      '---\ntitle: 示例隐私政策\nsummary: 增加了量子加密一节。\npublished: 2023-12-01\n---\n\n## 一、量子加密\n\n我们以量子加密保存您的信息。\n',
    );
    await build('changed');
  }, 300_000);

  it('indexes every bundle on the first build, none when nothing changed, and only the changed one after an edit', () => {
    const line = (output: string) => /Indexed \d+ pages for search in [\d.]+s: (.*)$/m.exec(output)?.[1];
    // acme's, beta's, and beta's earlier versions': the new version re-indexes beta's recent ones alone.
    expect(outputs.map(line)).toEqual([
      '3 bundles, 0 unchanged since the last build.',
      '3 bundles, 3 unchanged since the last build.',
      '3 bundles, 2 unchanged since the last build.',
    ]);
  });

  it("lists a long history's earlier bundle beside its brand's, and holds its earlier versions there", () => {
    const dist = join(work, 'changed');
    expect(listedBundles(dist)).toEqual(['acme', 'beta', 'beta.earlier']);
    const entry = (bundle: string) =>
      JSON.parse(readFileSync(join(dist, 'pagefind', bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
    const pages = (bundle: string) => Object.values(entry(bundle).languages)[0]!.page_count;
    // 1995–2021 of the terms and the 2020 privacy policy; beta's own bundle holds the rest: the terms
    // of 2022, the privacy policies of 2023 (and its English), 2024 and 2099, and the cookie policy.
    expect(pages('beta.earlier')).toBe(28);
    expect(pages('beta')).toBe(6);
    const earlierText = readdirSync(join(content, 'brands/beta/terms'))
      .filter((f) => f < '2022')
      .reduce((n, f) => n + readFileSync(join(content, 'brands/beta/terms', f), 'utf8').length, 0);
    expect(earlierText).toBeGreaterThan(EARLIER_BUNDLE_CHARACTERS);
  });

  it('finds the new text in the changed brand, and the unchanged brand as before', async () => {
    expect(await found(join(work, 'changed'), '量子加密')).toEqual(['/beta/privacy/2024-01-01/']);
    expect(await found(join(work, 'same'), '量子加密')).toEqual([]);
    const before = await found(join(work, 'first'), '姓名');
    expect(before.some((url) => url.startsWith('/acme/')) && before.some((url) => url.startsWith('/beta/'))).toBe(true);
    expect(await found(join(work, 'changed'), '姓名')).toEqual(before);
  });

  it("finds an earlier version's text from the brand's search, which merges both of its bundles", async () => {
    expect(await found(join(work, 'changed'), '星辰条款', 'beta')).toEqual(['/beta/terms/2005-01-01/']);
    expect(await found(join(work, 'changed'), '星辰条款', 'acme')).toEqual([]);
    expect(await found(join(work, 'changed'), '量子加密', 'beta')).toEqual(['/beta/privacy/2024-01-01/']);
  });
});
