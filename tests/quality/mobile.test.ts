import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

const widths = [320, 390] as const;

describe('reading on a phone', () => {
  it.each(widths)(
    'keeps the contents and the way back to the top at hand down a long policy, at %i px',
    async (width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 700 } });
      await page.goto(`${site.url}/chefu/privacy/`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const bar = page.locator('[data-reading-bar]');
      const box = await bar.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(700);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      // The contents open over the text and lead to a section, closing behind the reader.
      await bar.getByRole('button', { name: '目录' }).click();
      const sheet = page.locator('#contents-sheet');
      await expect(sheet.isVisible()).resolves.toBe(true);
      await sheet.getByRole('link', { name: '八、信息安全' }).click();
      await expect.poll(() => sheet.isVisible()).toBe(false);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#八信息安全');
      await bar.getByRole('link', { name: '回到顶部' }).click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await page.close();
    },
  );

  it('opens the contents without JavaScript too', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/chefu/privacy/`);
    await page.locator('[data-reading-bar] button').click();
    await expect(page.locator('#contents-sheet').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('groups the feed and the JSON record under one entry, closed until asked for', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 700 } });
    await page.goto(`${site.url}/chefu/privacy/`);
    const feed = page.getByRole('link', { name: '订阅变更' });
    await expect(feed.isVisible()).resolves.toBe(false);
    await page.locator('summary', { hasText: '数据与订阅' }).click();
    await expect(feed.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '版本记录（JSON）' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each(widths)('never breaks a date or a short link inside, at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 700 } });
    const broken: string[] = [];
    for (const path of ['/chefu/privacy/', '/yhd/', '/jiapin/privacy/history/', '/en/beiye/privacy/']) {
      await page.goto(`${site.url}${path}`);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('time, .link-row a, a[href$="/history/"]')]
          .filter((el) => el.offsetParent !== null && el.getClientRects().length > 1)
          .map((el) => el.textContent?.trim() ?? ''),
      );
      broken.push(...found.map((text) => `${path} ${text}`));
      const dates = await page.locator('time').count();
      expect(dates, path).toBeGreaterThan(0);
    }
    await page.close();
    expect(broken).toEqual([]);
  });
});
