import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './tools.ts';

/** Flags for a closed network: no background connections, no sandbox (CI runs as root). */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** Starts headless Chromium: Debian's when installed, otherwise the one @sparticuz/chromium ships. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const found = await findChromium();
  if (found === undefined) throw new Error('No Chromium found: apt-get install chromium fonts-noto-cjk, or npm ci.');
  const bundledArgs = found.bundled ? (await import('@sparticuz/chromium')).default.args : [];
  return chromium.launch({ executablePath: found.path, args: [...bundledArgs, ...args, ...extraArgs], headless: true });
}
