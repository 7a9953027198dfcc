import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const pages = [
  '/',
  '/beiye/',
  '/yhd/privacy/',
  '/yhd/privacy/2017-09-01/',
  '/yhd/privacy/2027-01-01/',
  '/chefu/privacy/history/',
  '/en/beiye/privacy/',
  '/does-not-exist/',
];

const site = useSiteInBrowser(dist);

describe('the sample site in Chromium', () => {
  it.each(pages)('%s loads without console errors or failed requests', async (path) => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    const expected404 = path === '/does-not-exist/';
    page.on(
      'console',
      (m) =>
        m.type() === 'error' && !(expected404 && m.text().includes('404')) && problems.push(`console: ${m.text()}`),
    );
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on(
      'response',
      (r) => r.status() >= 400 && r.url() !== site.url + path && problems.push(`${r.status()}: ${r.url()}`),
    );
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(expected404 ? 404 : 200);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the upcoming change on the current 1号店 policy and reads without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/yhd/privacy/`);
    await expect(page.locator('[role=note]').first().textContent()).resolves.toContain('2027年1月1日');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await context.close();
  });
});
