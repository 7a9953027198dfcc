import { statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { diffCacheDir, loadSite } from '../lib/build/load.ts';
import type { SiteOptions } from '../lib/build/settings.ts';
import { markStale, storeSite, type BuiltSite } from '../lib/build/store.ts';
import { diffJobs } from '../lib/build/warm-diffs.ts';
import { valueCache } from '../lib/build/value-cache.ts';
import { ContentError } from '../lib/problem.ts';
import { launchChromium } from '../lib/build/chromium.ts';
import { currentSite } from '../lib/build/current-site.ts';
import { keeper, startKeeping } from '../lib/build/kept-files.ts';
import { writeSiteFiles } from '../lib/build/write-files.ts';
import {
  builtHere,
  SHARD_MANIFEST,
  SHARD_SEARCH_PARTS,
  shardUnits,
  unitFolders,
  type ShardManifest,
  type ShardSearchParts,
} from '../lib/build/shard.ts';
import { siteFiles } from '../lib/routes/files.ts';
import type { SiteFile } from '../lib/routes/site-file.ts';
import { placeSearchIndex, searchLanes, startSearchIndex, type SearchIndexing } from './pagefind.ts';

/**
 * Loads the site once, before Astro starts: every content file read, checked and rendered, the
 * catalog and the page list built, and stored for the pages to render from. A mistake stops the
 * build with one readable list of problems (file, line, what is wrong, how to fix it).
 * In `astro dev` it loads again on every change: a mistake is printed and shown in the browser's
 * error overlay with the same text, and fixing it reloads the page without a restart.
 * In `astro build` it starts the search index and the redlines on other threads while Astro bundles
 * and renders, and once the pages are written it writes the site's other files and places the index.
 */
export function site(options: SiteOptions): AstroIntegration {
  let worker: Worker | undefined;
  let search: SearchIndexing | undefined;
  let pdf = false;
  let building = false;
  const load = (o: SiteOptions, logger: AstroIntegrationLogger, report = true) =>
    loadOnce(o, logger, { pdf, building }, report);
  return {
    name: 'privacy-center:site',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        building = command === 'build';
        if (building) startKeeping(process.env['PRIVACY_CENTER_KEEP'], fileURLToPath(config.outDir));
        pdf = building && options.pdf === true && (await canPrint(logger));
        // A rebuild by the same code finds its texts in the cache but for the few changed since: the
        // second thread would only read every file again.
        const warming = building && keeper()?.rebuilding !== true ? warmTexts(options) : undefined;
        // The indexing threads load their code while this one loads the content.
        const lanes = building ? searchLanes(options) : undefined;
        const result = load(options, logger);
        await warming?.terminate();
        if (result instanceof ContentError) {
          process.stderr.write(`\n${result.message}\n`);
          if (command === 'build') process.exit(1);
          return;
        }
        updateConfig({ site: result.ctx.site.href });
        if (command === 'build') {
          search = startSearchIndex(result, options, lanes);
          worker = warmDiffs(options, result);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, options, logger, load);
        serveFiles(server);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await worker?.terminate();
        // The search index has been building on one thread since the content was loaded. The pages are
        // written: it may take every core now, while this thread writes the site's other files (a
        // rebuild's last Pagefind bundle, waiting for the first, would otherwise finish after them).
        search?.writing.widen();
        const built = currentSite();
        const { ctx, pages } = built;
        const keeping = keeper();
        const files = siteFiles(ctx, pages).filter((file) => builtHere(built, file.path));
        const written = await writeSiteFiles(fileURLToPath(dir), files, keeping);
        keeping?.finish();
        if (keeping !== undefined)
          logger.info(
            `${keeping.kept} pages and files unchanged since the published build, linked from it; ${written} files written; ${built.texts.bodies} of the ${built.texts.cached} texts read from the cache were read whole.`,
          );
        if (search) await placeSearchIndex(search, dir, logger.fork('privacy-center:pagefind'));
        if (built.shard !== undefined) writeShardManifest(fileURLToPath(dir), options, built);
      },
    },
  };
}

/** `report: false` loads without a line in the terminal (a reload a page asked for; the settled one reports). */
function loadOnce(
  options: SiteOptions,
  logger: AstroIntegrationLogger,
  { pdf, building }: { pdf: boolean; building: boolean },
  report: boolean,
): BuiltSite | ContentError {
  try {
    const built = loadSite(options, pdf);
    storeSite({ site: built, contentDir: options.contentDir, building });
    if (!report) return built;
    const { catalog } = built.ctx;
    const versions = catalog.brands.reduce((n, b) => n + b.policies.reduce((m, p) => m + p.versions.length, 0), 0);
    const { parsed, cached } = built.texts;
    logger.info(
      `${catalog.brands.length} brands, ${versions} versions (${parsed} texts parsed, ${cached} read from the cache), ${built.pages.length} pages, statuses as of ${catalog.now}`,
    );
    return built;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    storeSite({ problems: error.problems, contentDir: options.contentDir });
    return error;
  }
}

/**
 * Only a speed-up: a second thread parses texts from the last file back while the content check
 * reads from the first, into the cache the check reads (src/lib/build/load.ts: `warmTexts`).
 */
function warmTexts(options: SiteOptions): Worker | undefined {
  return helperThread(options, 'text-warmup-worker.ts', { options });
}

/** Only a speed-up: if the worker fails or is slow, pages compute the redlines they need themselves. */
function warmDiffs(options: SiteOptions, built: BuiltSite): Worker | undefined {
  const dir = diffCacheDir(options);
  if (dir === undefined) return undefined;
  const jobs = diffJobs(built, valueCache(dir));
  return jobs.length === 0 ? undefined : helperThread(options, 'diff-warmup-worker.ts', { dir, jobs });
}

/**
 * A thread that fills a cache beside the build: its failure costs only time, and it never keeps the
 * build alive. Loaded by path from the project: the config itself runs from a bundled copy elsewhere.
 */
function helperThread(options: SiteOptions, file: string, workerData: unknown): Worker | undefined {
  if (options.projectDir === undefined) return undefined;
  const worker = new Worker(join(options.projectDir, 'src/integrations', file), { workerData });
  worker.on('error', () => undefined);
  worker.unref();
  return worker;
}

/**
 * Whether this machine can print PDFs: a Chromium starts. Without one the site is built without
 * PDFs (and without links to them), with a warning that says how to get them.
 */
async function canPrint(logger: AstroIntegrationLogger): Promise<boolean> {
  try {
    const browser = await launchChromium();
    await browser.close();
    return true;
  } catch (error) {
    logger.warn(
      `PDFs of versions and redlines are not made on this machine: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} ` +
        'To make them, install Chromium (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH; set PRIVACY_CENTER_PDF=0 to build without them and without this warning.',
    );
    return false;
  }
}

/**
 * Each change marks the site stale, so the next page rendered loads it again (Astro itself reloads
 * the browser on a change after an error, before any message of ours, and a message sent while a
 * page loads is lost). Changes are then gathered
 * for a moment and the site loaded once more to tell open pages: editors save in two steps
 * (truncate, then write) and the watcher may report only the first, so a load that saw a changed
 * file change again under it runs again before it reports.
 */
function watchContent(
  server: ViteDevServer,
  options: SiteOptions,
  logger: AstroIntegrationLogger,
  load: (o: SiteOptions, l: AstroIntegrationLogger, report?: boolean) => BuiltSite | ContentError,
): void {
  server.watcher.add(options.contentDir);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const settle = () => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    const before = paths.map(stamp);
    const result = load(options, logger);
    if (paths.some((path, i) => stamp(path) !== before[i])) {
      paths.forEach((path) => pending.add(path));
      timer = setTimeout(settle, settleMs);
      return;
    }
    if (result instanceof ContentError) {
      logger.error(`\n${result.message}`);
      server.ws.send({ type: 'error', err: overlay(result, options.contentDir) });
    } else {
      // Every page may show the changed file (lists, feeds, redlines): reload rather than patch.
      server.moduleGraph.invalidateAll();
      server.ws.send({ type: 'full-reload' });
    }
  };
  const changed = (path: string) => {
    const rel = relative(options.contentDir, resolve(path));
    if (rel.startsWith('..') || rel === '') return;
    pending.add(resolve(path));
    markStale(() => load(options, logger, false));
    // Astro keeps each page's getStaticPaths until its module changes: drop them with the site.
    server.moduleGraph.invalidateAll();
    clearTimeout(timer);
    timer = setTimeout(settle, settleMs);
  };
  server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
}

/**
 * The dev server answers for the site's files (src/lib/routes/files.ts) at the paths the built site
 * has them, which pages link to: without a trailing slash, which Astro's routes would want. A path
 * that is no file, or a site that does not load, goes on to Astro (its page, or its error overlay).
 */
function serveFiles(server: ViteDevServer): void {
  const byPath = new WeakMap<BuiltSite, Map<string, SiteFile>>();
  server.middlewares.use((req, res, next) => {
    let file: SiteFile | undefined;
    try {
      const site = currentSite();
      let files = byPath.get(site);
      if (files === undefined)
        byPath.set(site, (files = new Map(siteFiles(site.ctx, site.pages).map((f) => [f.path, f]))));
      file = files.get(decodeURI(new URL(req.url ?? '/', 'http://dev').pathname));
    } catch {
      file = undefined;
    }
    if (file === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const body = file.body();
    res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** How long a burst of saves is gathered before the site loads again. */
const settleMs = 80;

/** What a file looks like now, to see whether it changed while the site loaded. */
function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** The overlay's error: the build's own text, pointing at the first problem's file and line. */
function overlay(error: ContentError, contentDir: string) {
  const first = error.problems[0];
  const file = first === undefined ? contentDir : resolve(contentDir, first.file);
  return {
    message: error.message,
    stack: '',
    plugin: 'privacy-center:site',
    id: file,
    loc: { file, line: first?.line ?? 1, column: first?.column ?? 1 },
  };
}

/**
 * What assemble reads of a shard's output (src/lib/build/shard.ts): its units, of which, where, on
 * which day; and what its brands' texts give search's lexicon and suggestions.
 */
function writeShardManifest(dir: string, options: SiteOptions, built: BuiltSite): void {
  const all = shardUnits(built.ctx.catalog).map((u) => u.id);
  const manifest: ShardManifest = {
    shard: options.shard?.value ?? '',
    brands: all.filter((b) => built.shard?.has(b)),
    all,
    folders: Object.fromEntries(unitFolders(built.ctx.catalog)),
    now: built.ctx.catalog.now,
  };
  writeFileSync(join(dir, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const search: ShardSearchParts = {
    groups: built.ctx.vocabulary.map((g) => [...g]),
    parts: built.ctx.searchAids.parts(),
  };
  writeFileSync(join(dir, SHARD_SEARCH_PARTS), JSON.stringify(search));
}
