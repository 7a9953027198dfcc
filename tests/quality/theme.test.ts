import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { THEME_KEY } from '../../src/client/theme.ts';
import type { Page } from 'playwright-core';
import { readPage } from '../support/html.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
// Tailwind's gray-900, as the browser computes it.
const DARK = 'oklch(0.21 0.034 264.665)';

describe('the theme switch', () => {
  it('follows the system until the visitor chooses, then remembers the choice across pages', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/yhd/`);
    const button = page.locator('[data-theme-switch]');
    await expect(button.textContent()).resolves.toBe('主题：跟随系统');
    expect(await background(page)).toBe(DARK);
    await button.click();
    await expect(button.textContent()).resolves.toBe('主题：浅色');
    expect(await background(page)).toBe(WHITE);
    // Another page, read before any module script runs: already light on a dark system.
    await page.goto(`${site.url}/yhd/privacy/`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await background(page)).toBe(WHITE);
    await page.locator('[data-theme-switch]').click();
    await expect(page.locator('[data-theme-switch]').textContent()).resolves.toBe('主题：深色');
    expect(await background(page)).toBe(DARK);
    // Back to the system's choice: nothing stored.
    await page.locator('[data-theme-switch]').click();
    const left = await page.evaluate(
      (key) => [document.documentElement.dataset['theme'], localStorage.getItem(key)],
      THEME_KEY,
    );
    expect(left).toEqual([undefined, null]);
    expect(await background(page)).toBe(DARK);
    await context.close();
  });

  it('applies a stored choice before the first paint: a blocking script in the head, ahead of the styles', () => {
    const head = readPage(dist, '/yhd/').split('</head>')[0]!;
    const script = head.indexOf('<script src="/theme.js"></script>');
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
    // The switch stores the choice under the key the early script reads.
    expect(readFileSync(new URL('../../public/theme.js', import.meta.url), 'utf8')).toContain(`'${THEME_KEY}'`);
  });

  it('stays hidden without JavaScript, where the system’s scheme applies', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/yhd/`);
    await expect(page.locator('[data-theme-switch]').isVisible()).resolves.toBe(false);
    expect(await background(page)).toBe(DARK);
    await context.close();
  });
});
