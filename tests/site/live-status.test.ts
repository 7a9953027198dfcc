import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../support/site-browser.ts';

/**
 * The sample site is built for 2026-11-21 (tests/support/build.ts); 1号店's 2023-03-01 version is
 * in force then and its 2027-01-01 version announced. Statuses follow the visitor's clock.
 */
const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

async function visit(path: string, day: string | undefined, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (day !== undefined) await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await page.goto(site.url + path);
  return page;
}
const visible = (page: Page) => page.locator('main').innerText();

describe('statuses that stay true after the build', () => {
  it('counts the days left to an announced version from the visitor’s day', async () => {
    const page = await visit('/yhd/privacy/', '2026-12-01');
    const text = await visible(page);
    expect(text).toContain('新版本将于 2027年1月1日 起生效（还有 31 天）。');
    expect(text).toContain('（2023年3月1日版，现行）');
    expect(text).toContain('现行版本');
    await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
    expect(await visible(page)).toContain('这是已被取代的历史版本。现行版本自 2023年3月1日 起生效。');
    await page.context().close();
  });

  it('once the new version is in force, calls the old one replaced and links the new text', async () => {
    const page = await visit('/yhd/privacy/', '2027-01-05');
    const text = await visible(page);
    expect(text).toContain('新版本已于 2027年1月1日 起生效，此版本已被取代。');
    expect(text).toContain('（2023年3月1日版，已失效）');
    expect(text).not.toMatch(/还有|现行版本|将于/);
    await expect(page.getByRole('link', { name: '阅读新版本' }).getAttribute('href')).resolves.toBe(
      '/yhd/privacy/2027-01-01/',
    );
    await expect(page.getByRole('link', { name: '查看变更' }).count()).resolves.toBeGreaterThan(0);
    await page.goto(`${site.url}/yhd/privacy/2027-01-01/`);
    expect(await visible(page)).toContain('此版本已于 2027年1月1日 起生效，为现行版本。');
    // An older version no longer names the 2023 one as current.
    await page.goto(`${site.url}/yhd/privacy/2017-09-01/`);
    expect(await visible(page)).toContain('这是已被取代的历史版本。');
    expect(await visible(page)).not.toContain('现行版本自 2023年3月1日');
    // The brand's list of announced versions marks the new one as in force.
    await page.goto(`${site.url}/yhd/`);
    const announced = page.locator('section[aria-labelledby="upcoming-title"]');
    await expect(announced.innerText()).resolves.toMatch(/已公布的新版本[\s\S]*2027年1月1日[\s\S]*现行版本/);
    await page.goto(`${site.url}/yhd/privacy/history/`);
    const newest = page.locator('li[data-version="2027-01-01"]');
    await expect(newest.innerText()).resolves.toMatch(/现行版本[\s\S]*2027年1月1日 起至今/);
    const previous = page.locator('li[data-version="2023-03-01"]');
    await expect(previous.innerText()).resolves.toMatch(/历史版本[\s\S]*2023年3月1日 至 2026年12月31日/);
    await page.context().close();
  });

  it('without JavaScript says only what is true on any day, and when the site was built', async () => {
    const page = await visit('/yhd/privacy/', undefined, false);
    const text = await visible(page);
    expect(text).toContain('现行版本（至 2027年1月1日）');
    expect(text).toContain('新版本自 2027年1月1日 起生效。');
    expect(text).toContain('（2023年3月1日版）');
    expect(text).not.toMatch(/还有|将于/);
    await expect(page.locator('footer').innerText()).resolves.toContain('内容截至 2026年11月21日');
    await page.goto(`${site.url}/yhd/privacy/2027-01-01/`);
    expect(await visible(page)).toContain('此版本自 2027年1月1日 起生效。');
    await page.context().close();
  });

  it('corrects them with a script of at most 2 KB gzipped', () => {
    const chunks = readdirSync(join(dist, '_astro')).filter((f) => /^LiveStatus.*\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    const code = readFileSync(join(dist, '_astro', chunks[0]!));
    // Self-contained: it loads nothing else.
    expect(code.toString()).not.toMatch(/\bimport\b/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });
});
