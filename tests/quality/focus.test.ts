import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrastRatio, FOCUS_MIN } from '../../src/lib/model/contrast.ts';
import { sampleBrandNames } from '../support/sample-search.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

/** `rgb(r, g, b)` as #rrggbb. */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map((n) => Math.round(Number(n)).toString(16).padStart(2, '0'))
    .join('')}`;

/**
 * Tabs until the focused element is inside `within`, and returns its focus ring's colour and the
 * colour of what the ring is drawn on (the nearest ancestor with a background).
 */
async function ringOn(page: Page, within: string): Promise<{ ring: string; behind: string; label: string }> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((selector) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.closest(selector)) return undefined;
      const style = getComputedStyle(el);
      let behind = 'rgb(255, 255, 255)';
      for (let node = el.parentElement; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(bg)) {
          behind = bg;
          break;
        }
      }
      return {
        ring: style.outlineStyle === 'none' ? '' : style.outlineColor,
        behind,
        label: `${el.tagName} ${el.textContent?.trim().slice(0, 20)}`,
      };
    }, within);
    if (found) return found;
  }
  throw new Error(`Tab never reached ${within}`);
}

describe('focus rings of every brand', () => {
  for (const scheme of ['light', 'dark'] as const)
    it.each([...sampleBrandNames.keys()])(`reach 3:1 on the header and on the page of %s, ${scheme}`, async (brand) => {
      const page = await site.browser.newPage({ colorScheme: scheme });
      await page.goto(`${site.url}/${brand}/`);
      const header = await ringOn(page, 'header[data-surface="brand"]');
      const main = await ringOn(page, 'main');
      await page.close();
      for (const { ring, behind, label } of [header, main]) {
        expect(ring, label).not.toBe('');
        expect(contrastRatio(hex(ring), hex(behind)), `${label}: ${ring} on ${behind}`).toBeGreaterThanOrEqual(
          FOCUS_MIN,
        );
      }
      // Against the header's own colour: white, not the link colour of the page.
      expect(hex(header.ring)).toBe('#ffffff');
    });
});
