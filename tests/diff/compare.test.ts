import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser(inject('sites').sample);
const compare = '/chefu/privacy/compare/';

async function violations(page: Page): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The texts of the compare page's no-JavaScript note that a reader sees. */
const visibleNotes = (page: Page) =>
  page
    .locator('.compare-nojs :is(p, li)')
    .evaluateAll((nodes) =>
      nodes.filter((n) => n.checkVisibility()).map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );

describe('the compare page with JavaScript', () => {
  it('computes a non-consecutive pair in the browser and records it in the URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + compare);
    await page.getByLabel('旧版本').selectOption('2019-11-01');
    await page.getByLabel('新版本').selectOption('2025-01-15');
    await page.getByRole('button', { name: '比较' }).click();
    await page.locator('.compare-result ins').first().waitFor();
    expect(new URL(page.url()).search).toBe('?from=2019-11-01&to=2025-01-15');
    expect(await page.locator('.compare-result del').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);

    await page.goto(`${site.url}${compare}?from=2022-10-01&to=2025-01-15`);
    await page.locator('.compare-result ins').first().waitFor();
    expect(await page.getByLabel('旧版本').inputValue()).toBe('2022-10-01');
    await context.close();
  });

  it('shows what the static redline shows: stats, legend, both views, the jump to the first change', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const pair = '2022-10-01...2025-01-15';
    await page.goto(`${site.url}/chefu/privacy/changes/${pair}/`);
    const stat = await page.locator('.rl-stats').innerText();
    const inline = await page.locator('.rl-inline').innerHTML();
    await page.goto(`${site.url}${compare}?from=2022-10-01&to=2025-01-15`);
    await page.locator('.compare-result ins').first().waitFor();
    const result = page.locator('.compare-result');
    await expect(result.locator('.rl-stats').innerText()).resolves.toBe(stat);
    await expect(result.locator('.rl-inline').innerHTML()).resolves.toBe(inline);
    await expect(result.locator('.rl-sample').count()).resolves.toBe(2);
    await result.getByLabel('左右对照').check();
    await expect(result.locator('.rl-side').isVisible()).resolves.toBe(true);
    await result.getByRole('link', { name: '跳到第一处变更' }).click();
    expect(new URL(page.url()).hash).toBe('#change-1');
    await context.close();
  });

  it('swaps a reversed pair, says so, and puts the swapped pair in the URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${compare}?from=2025-01-15&to=2019-11-01`);
    await page.locator('.compare-result ins').first().waitFor();
    await expect(page.locator('.compare-status').innerText()).resolves.toMatch(
      /^“旧版本”选的是较新的一个，已将两者对调。/,
    );
    // The count is shown once, in the result; the status only announces it.
    const shown = await page.locator('.compare-status').evaluate((el) =>
      [...el.childNodes]
        .filter((n) => !(n instanceof Element && n.matches('.sr-only')))
        .map((n) => n.textContent)
        .join(''),
    );
    expect(shown).not.toContain('处变更');
    await expect(page.locator('.compare-status .sr-only').textContent()).resolves.toMatch(/^共 \d+ 处变更$/);
    await expect(page.locator('.compare-result').innerText()).resolves.toMatch(/共 \d+ 处变更/);
    expect(await page.getByLabel('旧版本').inputValue()).toBe('2019-11-01');
    expect(await page.getByLabel('新版本').inputValue()).toBe('2025-01-15');
    expect(new URL(page.url()).search).toBe('?from=2019-11-01&to=2025-01-15');
    // Inserted text is the newer version's: 车辆信息 came in 2025.
    expect((await page.locator('.compare-result .rl-inline ins').allTextContents()).join('')).toContain('车辆信息');
    await context.close();
  });
});

describe('the compare page without JavaScript', () => {
  const withoutJs = async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    return { context, page: await context.newPage() };
  };

  it('leads a consecutive pair, in either order, to its static redline', async () => {
    const { context, page } = await withoutJs();
    await page.goto(site.url + compare);
    await expect(page.getByRole('button', { name: '比较' }).isVisible()).resolves.toBe(false);
    for (const [from, to] of [
      ['2019-11-01', '2022-10-01'],
      ['2022-10-01', '2019-11-01'],
    ]) {
      await page.getByLabel('旧版本').selectOption(from!);
      await page.getByLabel('新版本').selectOption(to!);
      expect(await visibleNotes(page)).toEqual([
        '2019年11月1日版与2022年10月1日版是相邻版本，它们之间的变更有现成的页面： 2019年11月1日 → 2022年10月1日 的变更',
      ]);
    }
    await page.locator('.compare-nojs a:visible').click();
    expect(new URL(page.url()).pathname).toBe('/chefu/privacy/changes/2019-11-01...2022-10-01/');
    await context.close();
  });

  it('says why another pair needs JavaScript and links the steps between the two', async () => {
    const { context, page } = await withoutJs();
    await page.goto(site.url + compare);
    await page.getByLabel('旧版本').selectOption('2019-11-01');
    await page.getByLabel('新版本').selectOption('2025-01-15');
    const notes = await visibleNotes(page);
    expect(notes[0]).toMatch(/^这两个版本并不相邻：在浏览器中直接比较它们需要启用 JavaScript。/);
    expect(notes.slice(1)).toEqual(['2019年11月1日 → 2022年10月1日 的变更', '2022年10月1日 → 2025年1月15日 的变更']);
    expect(
      await page.locator('.compare-nojs a:visible').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['/chefu/privacy/changes/2019-11-01...2022-10-01/', '/chefu/privacy/changes/2022-10-01...2025-01-15/']);
    await page.getByLabel('新版本').selectOption('2019-11-01');
    expect(await visibleNotes(page)).toEqual(['请选择两个不同的版本。']);
    await context.close();
  });

  it('lists every consecutive redline below the form', async () => {
    const { context, page } = await withoutJs();
    await page.goto(site.url + compare);
    const list = page.locator('section[aria-labelledby="pairs-title"] a');
    expect(await list.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/chefu/privacy/changes/2019-11-01...2022-10-01/',
      '/chefu/privacy/changes/2022-10-01...2025-01-15/',
    ]);
    await context.close();
  });
});
