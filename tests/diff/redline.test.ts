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

/** The text of the last heading a reader sees above the change, with every fold closed. */
const headingAbove = (page: Page, change: string) =>
  page.locator(change).evaluate((block) => {
    const headings = [...block.closest('.rl-inline')!.querySelectorAll('.rl-heading')].filter(
      (h) =>
        !h.closest('.rl-block') &&
        h.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING &&
        h.checkVisibility(),
    );
    return headings.at(-1)?.textContent;
  });

describe('every change under its own heading', () => {
  it('shows jiapin’s 淘宝 → 平台 change under (三)公开披露, with its path, whatever is folded', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/jiapin/privacy/changes/2020-08-20...2023-05-10/`);
    const block = page.locator('.rl-inline .rl-block', { has: page.locator('del', { hasText: '淘宝' }) });
    await expect(block.count()).resolves.toBe(1);
    const id = await block.getAttribute('id');
    expect(await headingAbove(page, `#${id}`)).toBe('(三)公开披露');
    expect((await block.locator('.rl-path').innerText()).replace(/\s+/g, ' ')).toBe(
      '所在章节： 第二部分 隐私权政策 › 三、我们如何共享、转让、公开披露您的信息 › (三)公开披露',
    );
    expect((await block.locator('ins').allTextContents()).join('')).toContain('平台');
    await page.close();
  });

  it('never folds a heading away: chefu’s 二、声明 stands above its change 1', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/chefu/privacy/changes/2022-10-01...2025-01-15/`);
    expect(await headingAbove(page, '#change-1')).toBe('二、声明');
    expect(await page.locator('.rl-inline details.rl-fold .rl-heading').count()).toBe(0);
    const fold = page.locator('.rl-inline details.rl-fold').first();
    await expect(fold.locator('summary').innerText()).resolves.toBe('显示 2 处未变更的内容');
    await fold.locator('summary').click();
    await expect(fold.locator('summary').innerText()).resolves.toBe('收起 2 处未变更的内容');
    await page.close();
  });
});

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
