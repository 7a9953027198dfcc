import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

interface Stop {
  label: string;
  visible: boolean;
}

/** Tabs through the page and records each focused element and whether its focus is visibly drawn. */
async function tabThrough(page: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? el.tagName)
        .trim()
        .slice(0, 40);
      return { label: `${el.tagName.toLowerCase()} ${label}`, visible: outlined || style.boxShadow !== 'none' };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard use', () => {
  it('reaches the skip link, header, search and page links, each with a visible focus ring', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/yhd/privacy/`);
    const stops = await tabThrough(page, 25);
    expect(stops[0]?.label).toMatch(/跳到正文/);
    expect(stops.some((s) => /搜索|search/i.test(s.label))).toBe(true);
    expect(stops.some((s) => /版本历史/.test(s.label))).toBe(true);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    await page.close();
  });

  it('operates the compare form from the keyboard', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/chefu/privacy/compare/`);
    const stops = await tabThrough(page, 30);
    const selects = stops.filter((s) => s.label.startsWith('select'));
    expect(selects).toHaveLength(2);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    await page.focus('select[name=from]');
    await page.keyboard.press('ArrowDown');
    await page.focus('form.compare-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.locator('.compare-result:not([hidden])').waitFor();
    expect(page.url()).toContain('from=');
    await page.close();
  });
});
