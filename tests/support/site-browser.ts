import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serve } from '../../src/lib/build/static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  /** Origin the built site is served at, e.g. http://127.0.0.1:40123 */
  url: string;
}

/** Serves a built site on loopback and starts Chromium for one test file; both close after it. */
export function useSiteInBrowser(dist: string): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serve(dist)]);
    Object.assign(site, { browser, url: server.url });
    close = server.close;
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
