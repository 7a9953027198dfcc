import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Flags for a closed network and a root user: no background connections, no sandbox, no GPU. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/**
 * The Chromium this machine has: CHROMIUM_PATH when set (and then only that), else Debian's
 * chromium (which renders CJK with fonts-noto-cjk), else the one @sparticuz/chromium ships when
 * that package is installed. Undefined when there is none.
 */
export async function findChromium(): Promise<{ path: string; bundled: boolean } | undefined> {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) return existsSync(chosen) ? { path: chosen, bundled: false } : undefined;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (system !== undefined) return { path: system, bundled: false };
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return { path: await sparticuz.executablePath(), bundled: true };
  } catch {
    return undefined;
  }
}

/** Starts headless Chromium, or says how to get one. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const found = await findChromium();
  if (found === undefined) {
    throw new Error('No Chromium found: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH.');
  }
  const bundledArgs = found.bundled ? (await import('@sparticuz/chromium')).default.args : [];
  // Loaded here, not with the module: a build without PDFs starts without playwright's code.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: found.path,
    args: [...bundledArgs, ...FLAGS, ...extraArgs],
    headless: true,
  });
}
