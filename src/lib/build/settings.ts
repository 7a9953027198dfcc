import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isRealDate } from '../../schemas/real-date.ts';
import { problem, type Problem } from '../problem.ts';
import { defaultCacheRoot } from './packages.ts';
import { parseShard, shardProblem, type ShardSetting } from './shard-setting.ts';

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
  /** Build one shard of the brands (PRIVACY_CENTER_SHARD, src/lib/build/shard.ts). */
  shard?: { value: string; setting: ShardSetting } | undefined;
}

/** The origin of a build that names none (PRIVACY_CENTER_SITE, site.yaml's `url`, brand.yaml's `site`). */
export const PLACEHOLDER_SITE = 'https://privacy.example.com';

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
        'Set PRIVACY_CENTER_NOW=2024-03-01 (or --now 2024-03-01), or leave it unset to use today.',
      ),
    );
  }
  const site = env['PRIVACY_CENTER_SITE'] || undefined;
  if (site !== undefined) problems.push(...checkSite(site));
  const shardValue = env['PRIVACY_CENTER_SHARD'] || undefined;
  const shard = shardValue === undefined ? undefined : parseShard(shardValue);
  if (typeof shard === 'string')
    problems.push(
      shardProblem(shard, 'Set PRIVACY_CENTER_SHARD=2/4 (or --shard 2/4), or a list of brands (--brands beiye,yhd).'),
    );
  else if (shard !== undefined && env['PRIVACY_CENTER_BRAND'])
    problems.push(
      shardProblem(
        "A shard is part of the group site, and PRIVACY_CENTER_BRAND builds one brand's own center at /: set one of them.",
        'Unset PRIVACY_CENTER_BRAND to build shards of the group site, or PRIVACY_CENTER_SHARD to build a brand alone.',
      ),
    );
  return {
    options: {
      contentDir: resolve(cwd, env['PRIVACY_CENTER_CONTENT'] || 'content'),
      now,
      brand: env['PRIVACY_CENTER_BRAND'] || undefined,
      site,
      cacheDir: env['PRIVACY_CENTER_CACHE'] ? resolve(cwd, env['PRIVACY_CENTER_CACHE']) : undefined,
      pdf: env['PRIVACY_CENTER_PDF'] !== '0',
      shard: shardValue === undefined || typeof shard !== 'object' ? undefined : { value: shardValue, setting: shard },
    },
    problems,
  };
}

/** The folder of the build's caches: PRIVACY_CENTER_CACHE, else node_modules/.cache/privacy-center (packages.ts). */
export function cacheRoot(options: SiteOptions): string | undefined {
  if (options.cacheDir !== undefined) return options.cacheDir;
  return options.projectDir === undefined ? undefined : defaultCacheRoot(options.projectDir);
}

/** An absolute http(s) URL at the root of its host: every URL the site makes starts at `/`. */
function checkSite(site: string): Problem[] {
  const wrong = siteUrlProblem(site);
  if (wrong === undefined) return [];
  return [
    problem(
      'settings',
      'PRIVACY_CENTER_SITE',
      wrong.message,
      `Set PRIVACY_CENTER_SITE=${wrong.suggestion} (or --site ${wrong.suggestion}).`,
    ),
  ];
}

/**
 * What is wrong with a public URL for the site, if anything, and a value that would do: the site is
 * served from the root of an http(s) host (PRIVACY_CENTER_SITE, site.yaml's `url`).
 */
export function siteUrlProblem(site: string): { message: string; suggestion: string } | undefined {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return { message: `"${site}" is not an absolute URL.`, suggestion: 'https://privacy.example.com' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      message: `"${site}" is not an http(s) address.`,
      suggestion: `https://${url.host || 'privacy.example.com'}`,
    };
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return {
      message: `"${site}" has a path, query or credentials; the site is served from the root of its host.`,
      suggestion: url.origin,
    };
  }
  return undefined;
}

/**
 * The heap the build gives Astro's Node: 8 GB of old space, past the default of about 4 GB that
 * large corpora (2,000 versions) outgrow, and semi-spaces of at most 16 MB. Node 24 grows its young
 * generation to 128 MB on this kind of machine, and a build, which keeps much of what it allocates
 * (texts, page data), then spends its time copying survivors between large semi-spaces: one version
 * added to 1,000 and rebuilt, interleaved runs, took 5.7–7.1 s and a median 9.1 s of CPU at 16 MB against
 * 6.2–7.5 s and 10.3 s at 64 MB, in 540 MB against 660 MB. A size the user gives in NODE_OPTIONS
 * wins, since a flag on the command line would override it.
 */
export function heapFlags(nodeOptions: string | undefined): string[] {
  const given = (flag: string) => new RegExp(`(^|\\s)${flag}=\\d+`).test(nodeOptions ?? '');
  return [
    ...(given('--max-old-space-size') ? [] : ['--max-old-space-size=8192']),
    ...(given('--max-semi-space-size') ? [] : ['--max-semi-space-size=16']),
  ];
}

/**
 * Node's compile cache for the build's Node and its threads: the compiled code of Astro, Vite and the
 * project's modules, kept on disk under the build cache (`root`), so that a rebuild does not compile
 * them again (measured: about a second of CPU, and 0.6 s before the content starts loading, at 1,000
 * versions). Node checks each entry against its module's source, so a changed module is compiled
 * anew. The user's own NODE_COMPILE_CACHE, or NODE_DISABLE_COMPILE_CACHE, wins.
 */
export function compileCacheEnv(
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): Record<string, string> {
  if (env['NODE_COMPILE_CACHE'] || env['NODE_DISABLE_COMPILE_CACHE']) return {};
  return { NODE_COMPILE_CACHE: join(root, 'node-compile') };
}

/**
 * Whether a compile cache folder holds more than `limit` entries. Node never removes an entry, and
 * each build compiles its own prerender chunks (their paths name the build's staging folder), so the
 * folder grows by a few entries a build; past the limit (several times what a build uses) the build
 * script removes it, and the next build fills it again.
 */
export function compileCacheFull(folder: string, limit = 8_000): boolean {
  try {
    let entries = 0;
    for (const version of readdirSync(folder)) entries += readdirSync(join(folder, version)).length;
    return entries > limit;
  } catch {
    return false;
  }
}
