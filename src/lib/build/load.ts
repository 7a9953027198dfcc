import { join, resolve } from 'node:path';
import { isRealDate } from '../../schemas/version.ts';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { codeKey } from './code-key.ts';
import { readContent } from '../content/read.ts';
import { checkBrandColours } from '../model/contrast.ts';
import { jsonCache } from './json-cache.ts';
import { ContentError, problem, type Problem } from '../problem.ts';
import { checkHistories } from '../model/history-rules.ts';

export interface SiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** YYYY-MM-DD the statuses are computed for. */
  now: string;
  /** Build only this brand, mounted at `/`. */
  brand: string | undefined;
  /** The public origin from PRIVACY_CENTER_SITE (`https://host`), when set. */
  site: string | undefined;
  /** The project (where node_modules and its caches are); set where the code runs from its own files. */
  projectDir?: string | undefined;
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
    },
    problems,
  };
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

/**
 * Loads and checks the whole content folder; throws a ContentError listing every problem when any
 * file is wrong, so the build stops before anything is written.
 */
export function loadCatalog(options: SiteOptions): Catalog {
  const cache =
    options.projectDir === undefined
      ? {}
      : textCache(options.projectDir, join(options.projectDir, 'src/lib/policy/text.ts'));
  const records = readContent(options.contentDir, cache);
  const problems = [
    ...records.problems,
    ...checkHistories(records.brands, records.versions),
    ...checkBrandColours(records.brands),
  ];
  const catalog = buildCatalog(records, options.now);
  if (options.brand !== undefined && !catalog.brands.some((b) => b.id === options.brand)) {
    problems.push(
      problem(
        'settings',
        'PRIVACY_CENTER_BRAND',
        `There is no brand "${options.brand}" in ${options.contentDir}.`,
        `Use one of: ${catalog.brands.map((b) => b.id).join(', ') || '(none)'}.`,
      ),
    );
  }
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems, options.contentDir);
  if (options.brand === undefined) return catalog;
  return { ...catalog, brands: catalog.brands.filter((b) => b.id === options.brand) };
}

/** Rendered texts kept between builds, keyed by the renderer's code (src/lib/build/code-key.ts). */
function textCache(projectDir: string, renderer: string) {
  try {
    return {
      cache: jsonCache(join(projectDir, 'node_modules/.cache/privacy-center/texts')),
      codeKey: codeKey(renderer, projectDir),
    };
  } catch {
    return {};
  }
}
