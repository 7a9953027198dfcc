import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSiteInBrowser(dist);

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the redline of 1号店 2017-09-01 → 2023-03-01', () => {
  const path = '/yhd/privacy/changes/2017-09-01...2023-03-01/';

  it('shows the inserted and deleted words, marked semantically', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path);
    const deleted = await page.locator('.rl-inline del').allTextContents();
    const inserted = await page.locator('.rl-inline ins').allTextContents();
    expect(deleted.join('|')).toContain('驾驶证号码');
    expect(deleted.join('|')).toContain('顾客');
    expect(inserted.join('|')).toContain('用户');
    expect(inserted.join('|')).toContain('登录');
    expect(await page.locator('.rl-inline .rl-moved-to').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('switches to side by side and back without JavaScript, and folds unchanged text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await expect(page.locator('.rl-side').isVisible()).resolves.toBe(false);
    await page.getByLabel('左右对照').check();
    await expect(page.locator('.rl-side').isVisible()).resolves.toBe(true);
    await expect(page.locator('.rl-inline').isVisible()).resolves.toBe(false);
    const fold = page.locator('.rl-inline details.rl-fold').first();
    await page.getByLabel('行内标注').check();
    await fold.locator('summary').click();
    await expect(fold.getAttribute('open')).resolves.not.toBeNull();
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site.url + path);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

describe('the compare page', () => {
  it('computes a non-consecutive pair in the browser and records it in the URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/chefu/privacy/compare/`);
    await page.getByLabel('旧版本').selectOption('2019-11-01');
    await page.getByLabel('新版本').selectOption('2025-01-15');
    await page.getByRole('button', { name: '比较' }).click();
    await page.locator('.compare-result ins').first().waitFor();
    expect(new URL(page.url()).search).toBe('?from=2019-11-01&to=2025-01-15');
    expect(await page.locator('.compare-result del').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);

    await page.goto(`${site.url}/chefu/privacy/compare/?from=2022-10-01&to=2025-01-15`);
    await page.locator('.compare-result ins').first().waitFor();
    expect(await page.getByLabel('旧版本').inputValue()).toBe('2022-10-01');
    await context.close();
  });

  it('offers the consecutive pairs as links without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/chefu/privacy/compare/`);
    expect(await page.locator('a[href="/chefu/privacy/changes/2019-11-01...2022-10-01/"]').count()).toBe(1);
    await context.close();
  });
});
