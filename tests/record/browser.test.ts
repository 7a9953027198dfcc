import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;

const site = useSiteInBrowser(dist);

async function withContext<T>(
  options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' },
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe('"changed since your last visit"', () => {
  it('offers the redline from the version seen before, after visiting an older version then the current one', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).origin));
      await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
      await expect(page.locator('[data-last-visit]').isHidden()).resolves.toBe(true);
      await page.goto(`${site.url}/yhd/privacy/`);
      const prompt = page.locator('[data-last-visit]');
      await prompt.waitFor({ state: 'visible' });
      await expect(prompt.textContent()).resolves.toContain(
        '自您上次查看以来，此政策已更新。您上次看到的是 2017年9月1日 起生效的版本。',
      );
      await expect(prompt.locator('a').getAttribute('href')).resolves.toBe(
        '/yhd/privacy/changes/2017-09-01...2023-03-01/',
      );
      // Remembered in this browser only: no cookie, no request anywhere but the site itself.
      await expect(
        page.evaluate(() => [document.cookie, localStorage.getItem('privacy-center:last-seen:yhd/privacy')]),
      ).resolves.toEqual(['', '2023-03-01']);
      expect(new Set(requests)).toEqual(new Set([site.url]));
      // Once shown, the newer version is the one remembered: a reload does not prompt again.
      await page.reload();
      await expect(page.locator('[data-last-visit]').isHidden()).resolves.toBe(true);
    });
  });

  it('links a non-consecutive pair to the compare page with both dates', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
      await page.goto(`${site.url}/yhd/privacy/2027-01-01/`);
      const link = page.locator('[data-last-visit] a');
      await link.waitFor({ state: 'visible' });
      await expect(link.getAttribute('href')).resolves.toBe('/yhd/privacy/compare/?from=2017-09-01&to=2027-01-01');
    });
  });

  it('stays hidden on a first visit, on an older version, and without JavaScript', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${site.url}/yhd/privacy/`);
      await page.waitForFunction(() => localStorage.getItem('privacy-center:last-seen:yhd/privacy') !== null);
      await expect(page.locator('[data-last-visit]').isHidden()).resolves.toBe(true);
      await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
      await page.waitForLoadState('load');
      await expect(page.locator('[data-last-visit]').isHidden()).resolves.toBe(true);
    });
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
      await page.goto(`${site.url}/yhd/privacy/`);
      await expect(page.locator('[data-last-visit]').isHidden()).resolves.toBe(true);
      await expect(page.locator('[data-print-button]').isHidden()).resolves.toBe(true);
      await expect(page.locator('[role=note]').first().textContent()).resolves.toContain('2027年1月1日');
    });
  });
});

describe('printing a version', () => {
  it('shows a print button that opens the print dialog', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await page.goto(`${site.url}/yhd/privacy/`);
      const button = page.getByRole('button', { name: '打印 / 另存为 PDF' });
      await button.click();
      await expect(page.locator('html').getAttribute('data-printed')).resolves.toBe('');
    });
  });

  it('prints on A4 with the brand, policy, effective date, status and permanent URL, without the screen chrome', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
      await page.emulateMedia({ media: 'print' });
      const header = page.locator('[data-print-header]');
      await expect(header.isVisible()).resolves.toBe(true);
      const text = (await header.textContent())?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain('1号店');
      expect(text).toContain('生效日期 2017年9月1日');
      expect(text).toContain('历史版本');
      expect(text).toContain('永久链接: https://privacy.example.com/yhd/privacy/2017-09-01/');
      for (const selector of ['body > header', 'footer', '[data-print-button]', '[data-last-visit]', 'nav']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      // The page size comes from the stylesheet's @page rule (Chromium's own default is US Letter).
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // A4 is 595 × 842 points (Letter would be 612 × 792); Chromium rounds to whole pixels.
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
      const [width = 0, height = 0] = box?.slice(1).map(Number) ?? [];
      expect(Math.abs(width - 595) < 3 && Math.abs(height - 842) < 3, `${width} × ${height} points`).toBe(true);
    });
  });
});

describe('the history page’s change bars', () => {
  it('draw their track in the colour scheme’s own grey', async () => {
    const tracks: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      tracks[colorScheme] = await withContext({ colorScheme }, async (context) => {
        const page = await context.newPage();
        await page.goto(`${site.url}/yhd/privacy/history/`);
        return page
          .locator('meter.change-size')
          .first()
          .evaluate((m) => getComputedStyle(m).backgroundColor);
      });
    }
    expect(tracks['light']).not.toBe(tracks['dark']);
    // The dark track is dark: each channel below the middle grey.
    const channels = /(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)/.exec(tracks['dark'] ?? '');
    const srgb = tracks['dark']?.startsWith('oklch')
      ? [Number(channels?.[1] ?? 1) * 255]
      : channels?.slice(1).map(Number);
    expect(
      srgb?.every((c) => c < 128),
      tracks['dark'],
    ).toBe(true);
  });
});
