import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
  out: string;
}

/** Runs the real build (`npm run build`'s script) on a content folder into `out`. */
export function buildSite(options: {
  content: string;
  out: string;
  now?: string;
  brand?: string;
  /** A folder for this build's caches (PRIVACY_CENTER_CACHE); the project's shared one otherwise. */
  cache?: string;
  /** Print PDFs, as a production build does; test builds leave them out unless they test them. */
  pdf?: boolean;
  /** More of the environment, e.g. CHROMIUM_PATH. */
  env?: Record<string, string>;
}): BuildResult {
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PRIVACY_CENTER_CONTENT: options.content,
      PRIVACY_CENTER_OUT: options.out,
      PRIVACY_CENTER_NOW: options.now ?? '2026-11-21',
      PRIVACY_CENTER_BRAND: options.brand ?? '',
      PRIVACY_CENTER_CACHE: options.cache ?? '',
      PRIVACY_CENTER_PDF: options.pdf === true ? '1' : '0',
      NO_COLOR: '1',
      ...options.env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out: options.out };
}
