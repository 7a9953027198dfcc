import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

/** Budgets for a current policy page: everything it loads, measured gzip-compressed as a CDN would send it. */
const TOTAL_BUDGET = 60 * 1024;
/** Script that runs before the visitor searches or compares: only the small optional enhancements. */
const SCRIPT_BUDGET = 6 * 1024;

describe('page weight of a current policy page', () => {
  it.each(['/jiapin/privacy/', '/yhd/privacy/'])(
    '%s stays within budget and loads no search or diff code up front',
    async (path) => {
      const page = await site.browser.newPage();
      const loaded: { url: string; type: string; gzip: number }[] = [];
      page.on('response', async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        loaded.push({
          url: response.url(),
          type: response.request().resourceType(),
          gzip: gzipSync(body, { level: 9 }).length,
        });
      });
      await page.goto(site.url + path);
      await page.waitForLoadState('networkidle');
      await page.close();
      const total = loaded.reduce((n, r) => n + r.gzip, 0);
      const scripts = loaded.filter((r) => r.type === 'script');
      const script = scripts.reduce((n, r) => n + r.gzip, 0);
      console.log(
        `${path}: ${(total / 1024).toFixed(1)} KB gzip in ${loaded.length} requests, of which script ${(script / 1024).toFixed(1)} KB`,
      );
      expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
      expect(script).toBeLessThanOrEqual(SCRIPT_BUDGET);
      expect(loaded.filter((r) => /pagefind|blocks(\.\w+)?\.json|compare/i.test(r.url)).map((r) => r.url)).toEqual([]);
    },
  );
});
