import { resolve } from 'node:path';
import { buildCatalog, resolveNow, type Catalog } from './catalog.ts';
import { readContent, type ReadOptions } from './content.ts';
import { ContentError } from './problem.ts';
import { checkHistories } from './version-rules.ts';
import { checkBrandColours } from './contrast.ts';

export interface SiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** YYYY-MM-DD the statuses are computed for. */
  now: string;
  /** Build only this brand, mounted at `/`. */
  brand: string | undefined;
}

/** Reads the build's settings from the environment, with the defaults a plain `npm run build` uses. */
export function siteOptions(env: Record<string, string | undefined>, cwd: string): SiteOptions {
  return {
    contentDir: resolve(cwd, env['PRIVACY_CENTER_CONTENT'] || 'content'),
    now: resolveNow(env),
    brand: env['PRIVACY_CENTER_BRAND'] || undefined,
  };
}

/**
 * Loads and checks the whole content folder; throws a ContentError listing every problem when any
 * file is wrong, so the build stops before anything is written.
 */
export function loadCatalog(options: SiteOptions, read: ReadOptions = {}): Catalog {
  const records = readContent(options.contentDir, read);
  const problems = [
    ...records.problems,
    ...checkHistories(records.brands, records.versions),
    ...checkBrandColours(records.brands),
  ];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.now)) {
    problems.push({
      rule: 'settings',
      file: 'PRIVACY_CENTER_NOW',
      message: `"${options.now}" is not a date in the form YYYY-MM-DD.`,
      hint: 'Set PRIVACY_CENTER_NOW=2024-03-01 or leave it unset to use today.',
      severity: 'error',
    });
  }
  const catalog = buildCatalog(records, options.now);
  if (options.brand !== undefined && !catalog.brands.some((b) => b.id === options.brand)) {
    problems.push({
      rule: 'settings',
      file: 'PRIVACY_CENTER_BRAND',
      message: `There is no brand "${options.brand}" in ${options.contentDir}.`,
      hint: `Use one of: ${catalog.brands.map((b) => b.id).join(', ') || '(none)'}.`,
      severity: 'error',
    });
  }
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems, options.contentDir);
  if (options.brand === undefined) return catalog;
  return { ...catalog, brands: catalog.brands.filter((b) => b.id === options.brand) };
}
