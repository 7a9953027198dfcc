import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { blockPages, hanOnly, pdfPageTexts, printedBlockTexts } from '../support/pdf-pages.ts';

/** The sample site is built with its PDFs (tests/support/global-setup.ts). */
const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);
const redline = '/jiapin/privacy/changes/2020-08-20...2023-05-10/';
const redlinePdf = `${redline}jiapin-privacy-2020-08-20-2023-05-10.pdf`;

describe('a printed redline', () => {
  it('keeps every change block on one page in the PDF the build made', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + redline);
    const blocks = await printedBlockTexts(page);
    expect(blocks.length).toBeGreaterThan(10);
    const placed = blockPages(pdfPageTexts(join(dist, redlinePdf)), blocks);
    expect(placed.filter((b) => b.pages[0] < 0).map((b) => b.text)).toEqual([]);
    expect(placed.filter((b) => b.pages[0] !== b.pages[1]).map((b) => `${b.pages.join('–')}: ${b.text}`)).toEqual([]);

    // The check can fail: without the print rules, the same page splits blocks across pages.
    await page.addStyleTag({
      content: '.rl-block { break-inside: auto !important } .rl-label, .rl-path { break-after: auto !important }',
    });
    const loose = blockPages(pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true })), blocks);
    expect(loose.some((b) => b.pages[0] !== b.pages[1])).toBe(true);
    await page.close();
  });

  it('carries the print header, shows all changes inline, and hides the controls', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + redline);
    await page.getByLabel('左右对照').check();
    await page.emulateMedia({ media: 'print' });
    const header = (await page.locator('[data-print-header]').innerText()).replace(/\s+/g, ' ');
    expect(header).toContain('嘉品云市');
    expect(header).toContain('永久链接');
    expect(header).toContain(`https://privacy.example.com${redline}`);
    await expect(page.locator('.rl-inline').isVisible()).resolves.toBe(true);
    await expect(page.locator('.rl-side').isVisible()).resolves.toBe(false);
    for (const control of ['.rl-views', '.rl-hide-trivial', '.rl-nav', '.rl-fold > summary', '[data-print-button]']) {
      await expect(page.locator(control).first().isVisible(), control).resolves.toBe(false);
    }
    // Folded text is printed: a printed redline is a record of the whole text.
    await expect(page.locator('.rl-fold p').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('h1').evaluate((h) => getComputedStyle(h).wordBreak)).resolves.toBe('keep-all');
    await page.close();
  });
});

describe('a printed version', () => {
  it('has its text and its print header in the PDF', () => {
    const pages = pdfPageTexts(join(dist, '/yhd/privacy/2017-09-01/yhd-privacy-2017-09-01.pdf'));
    expect(pages[0]).toContain(hanOnly('1号店'));
    expect(pages[0]).toContain(hanOnly('生效日期 2017年9月1日'));
    expect(pages[0]).toContain('历史版本');
    expect(pages[0]).toContain('永久链接');
    expect(pages.join('')).toContain(hanOnly('驾驶证号码'));
  });

  it('prints the upcoming banner without its links, and no disclosure markers', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/yhd/privacy/`);
    await page.emulateMedia({ media: 'print' });
    const banner = page.locator('[role="note"]', { hasText: '新版本将于' });
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.locator('a').first().isVisible()).resolves.toBe(false);
    // The ▶ of a disclosure means nothing on paper.
    const markers = await page
      .locator('summary')
      .evaluateAll((all) => all.filter((s) => s.checkVisibility()).map((s) => getComputedStyle(s).listStyleType));
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((m) => m === 'none')).toBe(true);
    await page.close();
  });
});
