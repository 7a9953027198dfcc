import { resolve } from 'node:path';
import { runProgram, userEnv } from './run.ts';

export const root = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
  out: string;
}

/** Runs the real build (`npm run build`'s script) on a content folder into `out`. */
export async function buildSite(options: {
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
}): Promise<BuildResult> {
  const result = await runBuild({
    PRIVACY_CENTER_CONTENT: options.content,
    PRIVACY_CENTER_OUT: options.out,
    PRIVACY_CENTER_NOW: options.now ?? '2026-11-21',
    PRIVACY_CENTER_BRAND: options.brand ?? '',
    PRIVACY_CENTER_CACHE: options.cache ?? '',
    PRIVACY_CENTER_PDF: options.pdf === true ? '1' : '0',
    ...options.env,
  });
  return { ...result, out: options.out };
}

/** scripts/build.ts with exactly these settings added to the environment. */
export async function runBuild(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const result = await runProgram(process.execPath, [resolve(root, 'scripts/build.ts')], {
    cwd: root,
    env: { ...userEnv(), NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
