import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { placeRecordsInForce } from '../lib/build/current-records.ts';
import { moveFolder, removeStaleFolders } from '../lib/build/folders.ts';
import {
  startLanes,
  writeBundles,
  type BundleJob,
  type BundleWriting,
  type Lanes,
} from '../lib/build/search-bundles.ts';
import { cacheRoot, type SiteOptions } from '../lib/build/settings.ts';
import { requirePackageDir } from '../lib/build/packages.ts';
import type { BuiltSite } from '../lib/build/store.ts';
import { textIn } from '../lib/model/catalog.ts';
import { inForceBundles } from '../lib/search/current.ts';
import { brandBundles, bundleOf } from '../lib/search/earlier.ts';
import { namedDocument, searchDocument, type SearchDocument } from '../lib/search/document.ts';
import { bundleBrand, bundledBrands, searchFiles } from '../lib/search/files.ts';

/** A search index on its way: started once the content is loaded, placed into the site once Astro wrote it. */
export interface SearchIndexing {
  writing: BundleWriting;
  /** The folder the bundles are written into; it becomes the site's pagefind/ folder. */
  work: string;
  brands: string[];
  started: number;
}

/**
 * The bundles to write: each brand's, of exactly the pages the page list marks `indexed` (the
 * others, redlines, history, the current copies, would double Pagefind's time for nothing), and for a
 * long history its earlier versions' (src/lib/search/earlier.ts); and in a large group the bundles of
 * the brands' versions in force (inForceBundles), each of which one shard writes
 * (src/lib/build/shard.ts: shardUnits). A brand's own bundle keeps its records in force.
 */
function indexed(site: BuiltSite): BundleJob[] {
  const { catalog } = site.ctx;
  const bundles = new Map<string, Bundle>(
    indexedBrands(site)
      .flatMap((brand) => brandBundles(catalog, brand))
      .map((bundle) => [
        bundle,
        { bundle, records: bundleBrand(bundle) === bundle, pages: [], names: [], characters: 0 },
      ]),
  );
  const inForceOf = inForceBundles(catalog);
  const inForce = new Map<string, Bundle>(
    [...new Set(inForceOf.values())]
      .filter((name) => site.shard?.has(name) ?? true)
      .map((name) => [name, { bundle: name, records: false, pages: [], names: [], characters: 0 }]),
  );
  for (const page of site.pages) {
    if (!page.indexed || page.kind !== 'version') continue;
    const bundle = bundles.get(bundleOf(catalog, page.brand.id, page.version));
    const inForceToo = page.version.status === 'current' ? inForce.get(inForceOf.get(page.brand.id) ?? '') : undefined;
    if (bundle === undefined && inForceToo === undefined) continue;
    const name = namedDocument(site.ctx, page);
    if (name === undefined) continue;
    const characters = textIn(page.version, page.locale).length;
    for (const to of [bundle, inForceToo]) {
      if (to === undefined) continue;
      to.pages.push(page);
      to.characters += characters;
      to.names.push(name);
    }
  }
  const empty = [...bundles.values()].find((bundle) => bundle.pages.length === 0);
  // Search merges every bundled brand's bundle, and a bundle without pages would not load.
  if (empty) throw new Error(`The brand "${bundleBrand(empty.bundle)}" has versions but no page to index.`);
  // A document reads its text: made only for a bundle the cache does not hold.
  return [...bundles.values(), ...inForce.values()].map(({ pages, ...job }) => ({
    ...job,
    pages: () => pages.flatMap((page) => searchDocument(site.ctx, page) ?? []),
  }));
}

/** A bundle being gathered: the pages it indexes, whose documents are made once it is known to be needed. */
type Bundle = Omit<BundleJob, 'pages' | 'names'> & { pages: VersionPage[]; names: SearchDocument[] };
type VersionPage = Extract<BuiltSite['pages'][number], { kind: 'version' }>;

/**
 * Starts indexing the site for search with Pagefind, one bundle per brand
 * (src/lib/build/search-bundles.ts: on as many threads as there are cores, and from the cache for a
 * brand whose pages did not change). Each page's document comes from the loaded content
 * (src/lib/search/document.ts), so indexing runs while Astro bundles and renders, on the core the
 * main thread leaves idle. The bundles go into a folder of their own, since Astro empties its
 * output folder before it writes the pages.
 */
export function startSearchIndex(site: BuiltSite, options: SiteOptions, lanes: Lanes | undefined): SearchIndexing {
  const started = performance.now();
  const root = cacheRoot(options);
  const workRoot = join(root ?? tmpdir(), 'search-work');
  removeStaleFolders(workRoot);
  const work = join(workRoot, `${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  mkdirSync(work, { recursive: true });
  const project = options.projectDir;
  let writing: BundleWriting;
  try {
    writing = writeBundles(
      indexed(site),
      {
        out: work,
        language: site.ctx.catalog.locale.toLowerCase(),
        cacheDir: root === undefined ? undefined : join(root, 'search'),
        indexer: project === undefined ? 'pagefind' : pagefindVersion(project),
      },
      lanes,
    );
  } catch (error) {
    lanes?.release();
    writing = { widen: () => undefined, results: Promise.reject(error as Error) };
  }
  // Awaited in placeSearchIndex; a build that fails before then has its own error to report.
  writing.results.catch(() => undefined);
  const brands = site.ctx.catalog.brands.map((b) => b.id).filter((b) => site.shard?.has(b) ?? true);
  return { writing, work, brands, started };
}

/**
 * The indexing threads, started before the content is loaded (src/lib/build/search-bundles.ts:
 * startLanes): as many as indexing takes at first and once widened, on a machine of a few cores.
 * None without the project's folder, whose worker file they run: the bundles are then written on
 * the main thread.
 */
export function searchLanes(options: SiteOptions): Lanes | undefined {
  if (options.projectDir === undefined) return undefined;
  const file = join(options.projectDir, 'src/integrations/pagefind-worker.ts');
  return startLanes(file, Math.min(availableParallelism(), LANES_AHEAD));
}

/** Threads started ahead at most; more are started when indexing widens on a larger machine. */
const LANES_AHEAD = 2;

/**
 * Waits for the index, moves it into the built site (the folder comes from the hook: the build
 * writes into a staging folder that scripts/build.ts renames), and places each brand's records of
 * versions in force, written with its bundle, where the header's quick search loads them
 * (src/lib/search/current.ts).
 */
export async function placeSearchIndex(
  indexing: SearchIndexing,
  dir: URL,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const site = fileURLToPath(dir);
  try {
    const results = await indexing.writing.results;
    const target = join(site, searchFiles.pagefindRoot);
    rmSync(target, { recursive: true, force: true });
    moveFolder(indexing.work, target);
    placeRecordsInForce(site, indexing.brands);
    const pages = results.reduce((n, r) => n + r.pages, 0);
    const cached = results.filter((r) => r.cached).length;
    const seconds = ((performance.now() - indexing.started) / 1000).toFixed(2);
    logger.info(
      `Indexed ${pages} page${pages === 1 ? '' : 's'} for search in ${seconds}s: ${results.length} bundle${results.length === 1 ? '' : 's'}, ${cached} unchanged since the last build.`,
    );
    if (pages === 0) logger.warn('No version page is indexed, so search will find nothing.');
  } catch (error) {
    throw new AstroError(
      `Building the search index of ${site} failed: ${error instanceof Error ? error.message : String(error)}`,
      'Pagefind runs its own binary (pagefind_extended from the @pagefind/<platform> package). Check that `npm ci` installed it for this platform and that the output folder is writable.',
    );
  } finally {
    rmSync(indexing.work, { recursive: true, force: true });
  }
}

/** Pagefind's version, which a kept bundle must have been written by. */
function pagefindVersion(projectDir: string): string {
  const manifest = join(requirePackageDir('pagefind', projectDir), 'package.json');
  return `pagefind ${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
}

/** The brands with a bundle that this build writes: all of them, or a shard's. */
function indexedBrands(site: BuiltSite): string[] {
  return bundledBrands(site.ctx.catalog).filter((brand) => site.shard?.has(brand) ?? true);
}
