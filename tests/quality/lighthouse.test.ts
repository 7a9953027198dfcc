import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serve } from '../../src/lib/build/static-server.ts';
import { freePort } from '../support/ports.ts';

const dist = inject('sites').sample;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let port = 0;

beforeAll(async () => {
  port = await freePort();
  [browser, server] = await Promise.all([launchBrowser([`--remote-debugging-port=${port}`]), serve(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Lighthouse on a policy page', () => {
  it('scores 100 for accessibility and reports the other categories', async () => {
    const result = await lighthouse(`${server.url}/jiapin/privacy/`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
    });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(
      Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
    );
    console.log(`Lighthouse /jiapin/privacy/: ${JSON.stringify(scores)}`);
    expect(scores['accessibility']).toBe(100);
  }, 180_000);
});
