import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/lib/build/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { writeGroupContent } from '../support/group-content.ts';
import { readPage } from '../support/html.ts';

const brands = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];

/**
 * A group of six brands (tests/support/group-content.ts), whose texts in force make two bundles of
 * versions in force, of three brands each. Only b5's cookie policy speaks of 星辰条款.
 */
function groupContent(dir: string): void {
  writeGroupContent(dir, Object.fromEntries(brands.map((id) => [id, undefined])));
  writeFileSync(join(dir, 'brands/b5/cookies/2021-03-01.mdx'), '\n我们的星辰条款适用于所有用户。\n', { flag: 'a' });
}

const entryPages = (dist: string, bundle: string) =>
  Object.values(
    (
      JSON.parse(readFileSync(join(dist, 'pagefind', bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages,
  ).reduce((n, l) => n + l.page_count, 0);

describe('the bundles of versions in force, in runs of brands', () => {
  const work = mkdtempSync(join(tmpdir(), 'privacy-center-in-force-'));
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  const outputs: string[] = [];
  beforeAll(async () => {
    groupContent(content);
    const build = async (name: string) => {
      const result = await buildSite({ content, out: join(work, name), now: '2024-01-01', cache });
      if (result.status !== 0) throw new Error(result.output);
      outputs.push(result.output);
    };
    await build('first');
    // A new version of b2's privacy policy, in force from the day of the build.
    writeFileSync(
      join(content, 'brands/b2/privacy/2024-01-01.mdx'),
      '---\ntitle: 示例隐私政策\nsummary: 增加了量子加密一节。\npublished: 2023-12-01\n---\n\n## 一、量子加密\n\n我们以量子加密保存您的信息。\n',
    );
    await build('changed');
  }, 300_000);

  it('splits the texts in force of six brands into two bundles of three, which every search form lists', () => {
    const dist = join(work, 'first');
    const own = (brand: string) => entryPages(dist, brand);
    // Each brand's texts in force: the privacy policy in Chinese and English, the cookie policy, and
    // the sample's five policies, beiye's in English too; each brand's bundle also holds its others.
    const inForce = 2 + 1 + 5 + 1;
    expect(entryPages(dist, '_in-force-1')).toBe(3 * inForce);
    expect(entryPages(dist, '_in-force-2')).toBe(3 * inForce);
    for (const brand of brands) expect(own(brand)).toBeGreaterThan(inForce);
    for (const page of ['/', '/search/', '/b5/'])
      expect(readPage(dist, page), page).toContain('data-in-force="[&quot;_in-force-1&quot;,&quot;_in-force-2&quot;]"');
  });

  it("indexes again, after one brand's new version, that brand's bundle and its run's bundle of versions in force alone", () => {
    const line = (output: string) => /Indexed \d+ pages for search in [\d.]+s: (.*)$/m.exec(output)?.[1];
    expect(outputs.map(line)).toEqual([
      '8 bundles, 0 unchanged since the last build.',
      '8 bundles, 6 unchanged since the last build.',
    ]);
    const [first, changed] = [join(work, 'first'), join(work, 'changed')];
    // The other run's bundle is the same, file for file.
    const files = (dist: string) => readdirSync(join(dist, 'pagefind/_in-force-2'), { recursive: true }).sort();
    expect(files(changed)).toEqual(files(first));
    // b2's new privacy policy, in Chinese only, replaces the Chinese and English texts of the last.
    expect(entryPages(changed, '_in-force-1')).toBe(entryPages(first, '_in-force-1') - 1);
  });

  it("searches every brand from the portal's header through both bundles, the new text included", async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serve(join(work, 'changed'))]);
    try {
      const page = await browser.newPage();
      const loaded = new Set<string>();
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/pagefind/')) loaded.add(path.split('/')[2]!);
      });
      await page.goto(`${server.url}/`);
      const searchbox = page.getByRole('searchbox', { name: '搜索政策' });
      const results = page.locator('[data-search-panel] ol > li');
      const brandsFound = () => results.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['brand']));
      // One text of the second run, and the new text of the first.
      await searchbox.fill('星辰条款');
      await results.first().waitFor();
      await expect(brandsFound()).resolves.toEqual(['b5']);
      await searchbox.fill('量子加密');
      await page.locator('[data-search-panel] ol > li[data-brand="b2"]').waitFor();
      await expect(brandsFound()).resolves.toEqual(['b2']);
      expect(loaded).toEqual(new Set(['_in-force-1', '_in-force-2', 'fragment']));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
