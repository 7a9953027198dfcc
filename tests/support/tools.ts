import { existsSync } from 'node:fs';
import { findChromium } from '../../src/lib/build/chromium.ts';

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

export const findNginx = () => firstExisting(['/usr/sbin/nginx', '/usr/bin/nginx']);

export const tools: readonly Tool[] = [
  {
    name: 'Chromium',
    find: async () => (await findChromium())?.path,
    install:
      'apt-get install chromium fonts-noto-cjk, or npm ci (it brings @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium that exists',
  },
  {
    name: 'pdftotext',
    find: async () => firstExisting(['/usr/bin/pdftotext']),
    install: 'apt-get install poppler-utils',
  },
  {
    name: 'nginx',
    find: async () => findNginx(),
    install: 'apt-get install nginx-light',
  },
];
