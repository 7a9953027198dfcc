import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

/**
 * The longest line under `selector` as the browser lays it out: every character's box, grouped by
 * the line it sits on. `han` counts Chinese characters on lines that are (nine tenths) Chinese, since
 * a line with digits or Latin words holds more characters in the same width.
 */
async function longestLine(path: string, selector: string, width: number, ready?: string) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}${path}`);
  if (ready) await page.locator(ready).first().waitFor();
  const result = await page
    .locator(selector)
    .first()
    .evaluate((root) => {
      const lines = new Map<number, { all: number; han: number }>();
      const range = document.createRange();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        // Screen-reader text and closed popovers take no place on a line.
        if (node.parentElement?.closest('.sr-only, [popover]')) continue;
        for (let i = 0; i < node.data.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (!box || box.width === 0) continue;
          const line = Math.round(box.top + window.scrollY);
          const count = lines.get(line) ?? { all: 0, han: 0 };
          count.all++;
          if (/\p{Script=Han}/u.test(node.data[i]!)) count.han++;
          lines.set(line, count);
        }
      }
      const counts = [...lines.values()];
      return {
        all: Math.max(...counts.map((c) => c.all)),
        han: Math.max(0, ...counts.filter((c) => c.han >= c.all * 0.9).map((c) => c.han)),
        lines: counts.length,
      };
    });
  await page.close();
  return result;
}

describe('line length at 1366 px', () => {
  it('keeps an English text to at most 75 characters a line', async () => {
    const measured = await longestLine('/en/beiye/privacy/', '[data-policy-text]', 1366);
    expect(measured.lines).toBeGreaterThan(50);
    expect(measured.all).toBeLessThanOrEqual(75);
    expect(measured.all).toBeGreaterThan(55);
  });

  it('keeps a Chinese text to at most 45 characters a line', async () => {
    for (const path of ['/jiapin/privacy/', '/yhd/privacy/']) {
      const measured = await longestLine(path, '[data-policy-text]', 1366);
      expect(measured.han, path).toBeLessThanOrEqual(45);
      expect(measured.han, path).toBeGreaterThan(35);
    }
  });

  it('keeps English redlines, static and compared in the browser, to at most 90 characters a line', async () => {
    const redline = await longestLine('/en/beiye/privacy/changes/2022-03-15...2024-09-01/', '.rl-inline', 1366);
    expect(redline.all).toBeLessThanOrEqual(90);
    expect(redline.all).toBeGreaterThan(60);
    const compared = await longestLine(
      '/en/beiye/privacy/compare/?from=2019-06-01&to=2024-09-01',
      '.compare-result .rl-inline',
      1366,
      '.compare-result ins',
    );
    expect(compared.all).toBeLessThanOrEqual(90);
    expect(compared.all).toBeGreaterThan(60);
  });
});
