import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/build/chromium.ts';

/** Starts headless Chromium as the build's PDF step does: Debian's, or the one @sparticuz/chromium ships. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs);
}
