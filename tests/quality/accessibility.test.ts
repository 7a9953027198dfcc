import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { axeTags, pageTypes } from '../support/page-types.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

const cases = Object.entries(pageTypes).flatMap(([type, path]) =>
  (['light', 'dark'] as const).flatMap((scheme) =>
    (['desktop', 'mobile'] as const).map((device) => ({ type, path, scheme, device })),
  ),
);

describe('axe finds no WCAG 2.2 A/AA violations', () => {
  it.each(cases)('$type ($path), $scheme, $device', async ({ path, scheme, device }) => {
    const context = await site.browser.newContext({
      colorScheme: scheme,
      viewport: device === 'mobile' ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    await context.close();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('every page type in Chromium', () => {
  it.each(Object.entries(pageTypes))('%s loads with no console error or failed request', async (type, path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const missing = type === '404';
    page.on(
      'console',
      (m) => m.type() === 'error' && !(missing && m.text().includes('404')) && problems.push(m.text()),
    );
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on(
      'response',
      (r) => r.status() >= 400 && !(missing && r.url().endsWith(path)) && problems.push(`${r.status()} ${r.url()}`),
    );
    await page.goto(site.url + path);
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(problems).toEqual([]);
  });
});
