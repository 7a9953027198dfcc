import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { storedSite } from '../lib/build/store.ts';
import { writeCurrentRecords } from '../lib/build/current-records.ts';
import { writeBundles, type BundleJob } from '../lib/build/search-bundles.ts';
import { cacheRoot, type SiteOptions } from '../lib/build/settings.ts';
import { textIn } from '../lib/model/catalog.ts';
import { bundledBrands, searchFiles } from '../lib/search/files.ts';

/**
 * Each brand's pages to index, from the page list the content check stored (exactly those it marks
 * `indexed`: reading the others, redlines, history, the current copies, would double Pagefind's
 * time for nothing), and the language of the index.
 */
function indexed(): { jobs: BundleJob[]; language: string; brands: string[] } {
  const site = storedSite();
  if (site === undefined) throw new Error('The page list was not loaded in this process.');
  const brands = site.ctx.catalog.brands.map((b) => b.id);
  const jobs = new Map<string, BundleJob>(
    bundledBrands(site.ctx.catalog).map((brand) => [brand, { brand, paths: [], characters: 0 }]),
  );
  for (const page of site.pages) {
    if (!page.indexed || page.kind !== 'version') continue;
    const job = jobs.get(page.brand.id);
    if (job === undefined) continue;
    job.paths.push(page.path);
    job.characters += textIn(page.version, page.locale).body.length;
  }
  const empty = [...jobs.values()].find((job) => job.paths.length === 0);
  // Search merges every bundled brand's bundle, and a bundle without pages would not load.
  if (empty) throw new Error(`The brand "${empty.brand}" has versions but no page to index.`);
  return { jobs: [...jobs.values()], brands, language: site.ctx.catalog.locale.toLowerCase() };
}

/**
 * Indexes the built pages with Pagefind once Astro has written them (called by the site integration), one bundle per brand
 * (src/lib/build/search-bundles.ts: on both cores, and from the cache for a brand whose pages did
 * not change). The folder comes from the hook (the build writes into a staging folder that
 * scripts/build.ts renames), never from config. Only elements marked `data-pagefind-body` (the policy
 * text of each permanent version URL) are indexed. Each brand's records of versions in force then go
 * into a file of their own, for the header's quick search (src/lib/search/current.ts).
 */
export async function indexSearch(dir: URL, logger: AstroIntegrationLogger, options: SiteOptions): Promise<void> {
  const site = fileURLToPath(dir);
  const started = performance.now();
  try {
    const { jobs, language, brands } = indexed();
    const root = cacheRoot(options);
    const project = options.projectDir;
    const results = await writeBundles(
      jobs,
      {
        site,
        language,
        cacheDir: root === undefined ? undefined : join(root, 'search'),
        indexer: project === undefined ? 'pagefind' : pagefindVersion(project),
      },
      project === undefined ? undefined : join(project, 'src/integrations/pagefind-worker.ts'),
    );
    await writeCurrentRecords(site, join(site, searchFiles.pagefindRoot), brands);
    const pages = results.reduce((n, r) => n + r.pages, 0);
    const cached = results.filter((r) => r.cached).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `Indexed ${pages} page${pages === 1 ? '' : 's'} for search in ${seconds}s: ${results.length} brand bundle${results.length === 1 ? '' : 's'}, ${cached} unchanged since the last build.`,
    );
    if (pages === 0) logger.warn('No page holds a data-pagefind-body element, so search will find nothing.');
  } catch (error) {
    throw new AstroError(
      `Building the search index of ${site} failed: ${error instanceof Error ? error.message : String(error)}`,
      'Pagefind runs its own binary (pagefind_extended from the @pagefind/<platform> package). Check that `npm ci` installed it for this platform and that the output folder is writable.',
    );
  }
}

/** Pagefind's version, which a kept bundle must have been written by. */
function pagefindVersion(projectDir: string): string {
  const manifest = join(projectDir, 'node_modules/pagefind/package.json');
  return `pagefind ${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
}
