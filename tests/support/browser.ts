import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a closed network: no background connections, no sandbox (CI runs as root). */
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

/**
 * Debian's chromium when installed (it renders CJK with fonts-noto-cjk), otherwise the Chromium that
 * the @sparticuz/chromium package ships, so tests run on a fresh machine without a manual step.
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const system = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (system) return chromium.launch({ executablePath: system, args: [...args, ...extraArgs], headless: true });
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...sparticuz.args, ...args, ...extraArgs], headless: true });
}
