import { existsSync } from 'node:fs';

/**
 * The programs the tests drive, found the same way by the tests and by the preflight check that
 * `npm test` runs first, so a missing one is one clear message instead of a failure deep in a test.
 */
export interface Tool {
  name: string;
  /** Path of the program, or undefined when it is not installed. */
  find: () => Promise<string | undefined>;
  /** What to run to get it. */
  install: string;
}

const firstExisting = (paths: readonly string[]) => paths.find((p) => existsSync(p));

/**
 * CHROMIUM_PATH when set (and then only that), else Debian's chromium (it renders CJK with
 * fonts-noto-cjk), else the Chromium of @sparticuz/chromium.
 */
export async function findChromium(): Promise<{ path: string; bundled: boolean } | undefined> {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) return existsSync(chosen) ? { path: chosen, bundled: false } : undefined;
  const system = firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
  if (system !== undefined) return { path: system, bundled: false };
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return { path: await sparticuz.executablePath(), bundled: true };
  } catch {
    return undefined;
  }
}

export const findNginx = () => firstExisting(['/usr/sbin/nginx', '/usr/bin/nginx']);

export const tools: readonly Tool[] = [
  {
    name: 'Chromium',
    find: async () => (await findChromium())?.path,
    install:
      'apt-get install chromium fonts-noto-cjk, or npm ci (it brings @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium that exists',
  },
  {
    name: 'nginx',
    find: async () => findNginx(),
    install: 'apt-get install nginx-light',
  },
];
