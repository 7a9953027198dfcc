import { join, resolve } from 'node:path';
import { isRealDate } from '../../schemas/version.ts';
import { problem, type Problem } from '../problem.ts';

export interface SiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** YYYY-MM-DD the statuses are computed for. */
  now: string;
  /** Build only this brand, mounted at `/`. */
  brand: string | undefined;
  /** The public origin from PRIVACY_CENTER_SITE (`https://host`), when set. */
  site: string | undefined;
  /** The project (where node_modules is); set where the code runs from its own files. */
  projectDir?: string | undefined;
  /** Where rendered texts and redlines are kept between builds (PRIVACY_CENTER_CACHE). */
  cacheDir?: string | undefined;
  /** Print every version and redline to PDF (PRIVACY_CENTER_PDF=0 turns it off). */
  pdf?: boolean;
}

const DEFAULT_SITE = 'https://privacy.example.com';

/**
 * Reads the build's settings from the environment, with the defaults a plain `npm run build` uses,
 * and says what is wrong with any that are set to something unusable.
 */
export function readSettings(
  env: Record<string, string | undefined>,
  cwd: string,
  today = new Date(),
): { options: SiteOptions; problems: Problem[] } {
  const problems: Problem[] = [];
  const now = env['PRIVACY_CENTER_NOW'] || today.toISOString().slice(0, 10);
  if (!isRealDate(now)) {
    problems.push(
      problem(
        'settings',
        'PRIVACY_CENTER_NOW',
        `"${now}" is not a real date in the form YYYY-MM-DD.`,
        'Set PRIVACY_CENTER_NOW=2024-03-01, or leave it unset to use today.',
      ),
    );
  }
  const site = env['PRIVACY_CENTER_SITE'] || undefined;
  if (site !== undefined) problems.push(...checkSite(site));
  return {
    options: {
      contentDir: resolve(cwd, env['PRIVACY_CENTER_CONTENT'] || 'content'),
      now,
      brand: env['PRIVACY_CENTER_BRAND'] || undefined,
      site,
      cacheDir: env['PRIVACY_CENTER_CACHE'] ? resolve(cwd, env['PRIVACY_CENTER_CACHE']) : undefined,
      pdf: env['PRIVACY_CENTER_PDF'] !== '0',
    },
    problems,
  };
}

/** The folder of the build's caches: PRIVACY_CENTER_CACHE, else node_modules/.cache/privacy-center. */
export function cacheRoot(options: SiteOptions): string | undefined {
  if (options.cacheDir !== undefined) return options.cacheDir;
  return options.projectDir === undefined ? undefined : join(options.projectDir, 'node_modules/.cache/privacy-center');
}

/** The origin canonical URLs, feeds and sitemaps use: PRIVACY_CENTER_SITE, else a placeholder. */
export function publicSite(options: SiteOptions): string {
  return options.site ?? DEFAULT_SITE;
}

/** An absolute http(s) URL at the root of its host: every URL the site makes starts at `/`. */
function checkSite(site: string): Problem[] {
  const refuse = (message: string, hint: string) => [problem('settings', 'PRIVACY_CENTER_SITE', message, hint)];
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return refuse(`"${site}" is not an absolute URL.`, 'Set PRIVACY_CENTER_SITE=https://privacy.example.com.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse(
      `"${site}" is not an http(s) address.`,
      'Set PRIVACY_CENTER_SITE to an https:// (or http://) address.',
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return refuse(
      `"${site}" has a path, query or credentials; the site is served from the root of its host.`,
      `Serve the site at the root of a host (e.g. https://privacy.${url.hostname}/) and set PRIVACY_CENTER_SITE=${url.origin}.`,
    );
  }
  return [];
}
