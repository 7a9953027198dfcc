import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSiteInBrowser(dist);
let context: BrowserContext;
let problems: string[] = [];

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await site.browser.newContext(options);
  const page = await context.newPage();
  problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(site.url + path);
  return page;
}

/** Closes the page's context; nothing may have gone wrong in it. */
async function done(): Promise<void> {
  await context.close();
  expect(problems).toEqual([]);
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const brandsOf = (page: Page, list: string) =>
  page.locator(`${list} > li`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['brand']));

describe('search in Chromium on the sample site', () => {
  it('searches from the header box, filters by brand, includes the archive and lands on the highlighted section', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: '搜索政策' }).fill('个人信息');
    const panel = page.locator('[data-search-panel]');
    await panel.locator('li').first().waitFor();
    expect(new Set(await brandsOf(page, '[data-search-panel] ol')).size).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('status').textContent()).resolves.toBe('“个人信息”共有 5 条结果');
    expect(await panel.locator('mark').first().textContent()).toBe('个人信息');

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('[data-search-list] li').first().waitFor();
    expect(new Set(await brandsOf(page, '[data-search-list]')).size).toBe(5);

    await page.getByLabel('品牌').selectOption('yhd');
    await expect.poll(() => brandsOf(page, '[data-search-list]')).toEqual(['yhd']);
    expect(new URL(page.url()).searchParams.get('brand')).toBe('yhd');

    await page.getByLabel('同时搜索历史版本和即将生效的版本').check();
    // One result per policy: the version in force, and the other versions that match folded under it.
    const list = page.locator('[data-search-list]');
    const others = list.locator('[data-other-versions]');
    await others.waitFor();
    expect(await brandsOf(page, '[data-search-list]')).toEqual(['yhd']);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('个人信息')}&brand=yhd&archive=1`);
    await expect(list.locator('a[data-result-link]').getAttribute('href')).resolves.toMatch(/^\/yhd\/privacy\/\?/);
    await others.getByText('另有 2 个版本也包含这些内容').click();
    const links = others.getByRole('link');
    await expect(links.allTextContents()).resolves.toEqual([
      '2027年1月1日 生效的第 3 版',
      '2017年9月1日 生效的第 1 版',
    ]);
    await expect(others.textContent()).resolves.toContain('即将生效');
    await expect(others.textContent()).resolves.toContain('历史版本');
    // 1号店's 2027 version is a material change; its line says so, the others do not.
    const flagged = others.locator('li', { has: page.locator('[data-material]') });
    await expect(flagged.count()).resolves.toBe(1);
    await expect(flagged.textContent()).resolves.toContain('2027年1月1日');
    await expect(list.locator('[data-material]').count()).resolves.toBe(1);

    await page.goBack();
    await expect.poll(() => page.getByLabel('同时搜索历史版本和即将生效的版本').isChecked()).toBe(false);
    await expect.poll(() => list.locator('[data-other-versions]').count()).toBe(0);
    await page.goForward();
    await others.waitFor();

    await others.getByText('另有 2 个版本也包含这些内容').click();
    await others.getByRole('link', { name: '2017年9月1日 生效的第 1 版' }).click();
    await page.waitForURL(/\/yhd\/privacy\/2017-09-01\/\?highlight=/);
    const marks = page.locator('[data-policy-text] mark');
    await marks.first().waitFor();
    expect(await marks.first().textContent()).toBe('个人信息');
    const target = page.locator(':target');
    expect(await target.evaluate((el) => el.tagName)).toMatch(/^H[2-4]$/);
    expect(await target.isVisible()).toBe(true);
    const section = await target.evaluate((heading) => {
      let text = '';
      for (let el = heading.nextElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling)
        text += el.innerHTML;
      return text;
    });
    expect(section).toContain('<mark');
    await done();
  });

  it('says in the header panel that a brand’s pages search that brand, and widens it on request', async () => {
    const page = await open('/jiapin/privacy/');
    await page.getByRole('searchbox', { name: '搜索政策' }).fill('个人信息');
    const panel = page.locator('[data-search-panel]');
    await panel.locator('li').first().waitFor();
    expect(await brandsOf(page, '[data-search-panel] ol')).toEqual(['jiapin']);
    const scope = panel.getByRole('group', { name: '搜索范围' });
    await expect(scope.getByRole('radio', { name: '仅本品牌' }).isChecked()).resolves.toBe(true);
    await scope.getByRole('radio', { name: '全部品牌' }).check();
    await expect.poll(async () => new Set(await brandsOf(page, '[data-search-panel] ol')).size).toBe(5);
    await expect(panel.locator('[data-search-all]').getAttribute('href')).resolves.toContain('brand=all');
    await page.keyboard.press('Enter');
    await page.waitForURL(/brand=all/);
    await expect.poll(async () => new Set(await brandsOf(page, '[data-search-list]')).size).toBe(5);
    await done();
  });

  it('widens a brand’s search page to every brand', async () => {
    const page = await open(`/beiye/search/?q=${encodeURIComponent('未成年人')}`);
    await expect.poll(() => brandsOf(page, '[data-search-list]')).toEqual(['beiye']);
    await page.getByLabel('品牌').selectOption('all');
    await expect.poll(async () => new Set(await brandsOf(page, '[data-search-list]')).size).toBe(4);
    expect(new URL(page.url()).searchParams.get('brand')).toBe('all');
    await done();
  });

  it('is driven by the keyboard: / and Ctrl+K focus the box, arrows walk the results, Esc closes them', async () => {
    const page = await open('/jiapin/privacy/');
    const box = page.getByRole('searchbox', { name: '搜索政策' });
    await page.keyboard.press('/');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('个人信息');
    const links = page.locator('[data-search-panel] a[data-result-link]');
    const summary = page.locator('[data-search-panel] [data-search-summary]');
    // The search module may arrive mid-word and show results for the start of it first.
    await expect.poll(() => summary.textContent()).toContain('“个人信息”');
    // A brand's pages search that brand.
    expect(await brandsOf(page, '[data-search-panel] ol')).toEqual(['jiapin']);
    await page.keyboard.press('ArrowDown');
    await expect(links.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Its focus ring shows on the panel: the page's ring, not the header's white one.
    await expect(
      links.first().evaluate((el) => {
        const panel = getComputedStyle(el.closest('[data-search-panel]')!).backgroundColor;
        return getComputedStyle(el).outlineColor !== panel && getComputedStyle(el).outlineStyle === 'solid';
      }),
    ).resolves.toBe(true);
    // Results of a later query arriving under the visitor's focus keep it at the same place.
    await links.first().evaluate((el) => (el.dataset['old'] = ''));
    await box.evaluate((el: HTMLInputElement) => {
      el.value = '删除';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => summary.textContent()).toContain('“删除”');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.matches('[data-search-panel] a[data-result-link]')
          ? 'old' in el.dataset
            ? 'old'
            : 'new'
          : el?.tagName;
      });
    await expect.poll(focused).toBe('new');
    await page.keyboard.press('ArrowUp');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-panel]').isHidden()).resolves.toBe(true);
    // Esc from a result closes the panel too, and leaves focus in the box without reopening it.
    await page.keyboard.type('。');
    await page.keyboard.press('Backspace');
    await links.first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-search-panel]').isHidden()).resolves.toBe(true);
    await done();
  });

  it('suggests the word a typo meant, and searches it on a click', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('身份正')}`);
    const suggestion = page.locator('[data-search-status] [data-search-suggestion]');
    await suggestion.waitFor();
    await expect(suggestion.textContent()).resolves.toBe(' 您是不是要找：身份证');
    await suggestion.getByRole('link', { name: '身份证' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('身份证');
    await expect(page.getByRole('searchbox').first().inputValue()).resolves.toBe('身份证');
    await expect.poll(() => page.locator('[data-search-list] mark').first().textContent()).toBe('身份证');
    await done();
  });

  it('searches every language from every search page, labelling results in another language', async () => {
    const page = await open(`/en/search/?q=${encodeURIComponent('个人信息')}`);
    const label = page.locator('[data-search-list] [data-result-language="zh-CN"]').first();
    await label.waitFor();
    await expect(label.textContent()).resolves.toBe('中文');
    // Title and excerpt carry the text's language, for screen readers and for line breaking.
    const first = page.locator('[data-search-list] > li').first();
    await expect(first.locator('a[data-result-link]').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(first.locator('p[lang="zh-CN"] mark').first().textContent()).resolves.toBe('个人信息');
    expect(await violations(page)).toEqual([]);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('withdraw consent')}`);
    const english = page.locator('[data-search-list] [data-result-language="en"]');
    await english.waitFor();
    await expect(english.textContent()).resolves.toBe('English');
    await done();
  });

  it('says when a result was found through related words', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('儿童')}`);
    const note = page.locator('[data-search-list] [data-match="related"]').first();
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(/^相关词：/);
    await expect(page.locator('[data-search-list] mark').first().textContent()).resolves.toMatch(/未成年|不满/);
    // A question's word found through a related one says both.
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('如何注销账号')}`);
    const words = page.locator('[data-search-list] [data-match="all-words"]').first();
    await words.waitFor();
    await expect(words.textContent()).resolves.toMatch(/^匹配的词：注销账号 · 相关词：/);
    await done();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results open, in %s mode', async (colorScheme) => {
    const page = await open(`/search/?q=${encodeURIComponent('个人信息')}&archive=1`, { colorScheme });
    await page.locator('[data-search-list] li').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${site.url}/beiye/privacy/`);
    await page.getByRole('searchbox', { name: '搜索政策' }).fill('个人信息');
    await page.locator('[data-search-panel] li').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await done();
  });

  it('loads no search code or index on a policy page until the visitor starts searching', async () => {
    const requests: string[] = [];
    context = await site.browser.newContext();
    problems = [];
    const page = await context.newPage();
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/beiye/privacy/`);
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((p) => /^\/(pagefind|search)\//.test(p) || /\/_astro\/(header|engine|render|i18n)/.test(p)),
    ).toEqual([]);
    await page.getByRole('searchbox', { name: '搜索政策' }).focus();
    await expect.poll(() => requests.includes('/search/current/beiye.pf_records')).toBe(true);
    await done();
  });

  it('searches a small site from the header without Pagefind, from the records in force of its scope', async () => {
    const requests: string[] = [];
    const page = await open('/beiye/privacy/');
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.getByRole('searchbox', { name: '搜索政策' }).fill('身份证');
    const panel = page.locator('[data-search-panel]');
    await panel.locator('li').first().waitFor();
    expect(await brandsOf(page, '[data-search-panel] ol')).toEqual(['beiye']);
    expect(requests.filter((p) => p.startsWith('/search/current/'))).toEqual(['/search/current/beiye.pf_records']);
    await panel.getByRole('group', { name: '搜索范围' }).getByRole('radio', { name: '全部品牌' }).check();
    // 身份证 is in force at 贝业 and 1号店 (tests/search/suite.ts), as the search page finds it.
    await expect.poll(async () => (await brandsOf(page, '[data-search-panel] ol')).sort()).toEqual(['beiye', 'yhd']);
    expect(requests.filter((p) => p.startsWith('/search/current/')).sort()).toEqual(
      ['beiye', 'chefu', 'jiapin', 'xinrisheng', 'yhd'].map((brand) => `/search/current/${brand}.pf_records`),
    );
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await done();
  });

  it('downloads at most 120 kB gzipped for a first query from the header, on a brand’s page and on the directory', async () => {
    for (const path of ['/beiye/privacy/', '/']) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      const sizes: Promise<number>[] = [];
      context.on('response', (r) =>
        sizes.push(
          r.body().then(
            (b) => gzipSync(b).length,
            () => 0,
          ),
        ),
      );
      await page.getByRole('searchbox', { name: '搜索政策' }).fill('个人信息');
      await page.locator('[data-search-panel] li').first().waitFor();
      await page.waitForLoadState('networkidle');
      const total = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
      expect(total, path).toBeLessThanOrEqual(120_000);
      await done();
    }
  });

  it('searches the versions in force from the records on the search page, and the archive with Pagefind', async () => {
    const requests: string[] = [];
    const page = await open('/search/?q=' + encodeURIComponent('身份证'));
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.locator('[data-search-list] li').first().waitFor();
    expect((await brandsOf(page, '[data-search-list]')).sort()).toEqual(['beiye', 'yhd']);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('checkbox', { name: '同时搜索历史版本和即将生效的版本' }).check();
    await expect.poll(() => requests.some((p) => /^\/pagefind\/[a-z0-9-]+\/pagefind\.js$/.test(p))).toBe(true);
    await expect.poll(async () => (await brandsOf(page, '[data-search-list]')).sort()).toEqual(['beiye', 'yhd']);
    await done();
  });

  it('says without JavaScript that search needs it, and links to the brands', async () => {
    const page = await open('/search/?q=x', { javaScriptEnabled: false });
    const note = page.getByRole('note');
    await expect(note.textContent()).resolves.toContain('搜索需要启用 JavaScript');
    expect(await note.getByRole('link').count()).toBe(5);
    // The header box is a plain form to the search page on every other page.
    await page.goto(`${site.url}/yhd/`);
    const form = page.locator('form[data-search-box]');
    expect(await form.getAttribute('action')).toBe('/yhd/search/');
    expect(await form.getAttribute('method')).toBe('get');
    await done();
  });
});
