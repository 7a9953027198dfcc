/**
 * The search index: one Pagefind bundle per brand (src/lib/search/files.ts), which search merges for
 * its scope (src/client/search/load.ts). Pagefind indexes on one core, so the bundles are shared
 * among as many threads as the machine has cores, each running its own Pagefind; and each bundle is
 * kept in the cache under what it indexed, so a rebuild indexes again only the brands whose pages
 * changed (Pagefind has no incremental index of its own).
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { searchFiles } from '../search/files.ts';

/** One brand's bundle to write: the URL paths of its indexed pages and how much text they hold. */
export interface BundleJob {
  brand: string;
  paths: string[];
  characters: number;
}

export interface BundleSettings {
  /** The built site's folder; bundles go into its pagefind/ folder. */
  site: string;
  /** The one language every bundle is indexed in (the site's), so each holds every text. */
  language: string;
  /** Where finished bundles are kept between builds; undefined keeps none. */
  cacheDir: string | undefined;
  /** What else a bundle depends on (Pagefind's version): a kept bundle is reused only under the same. */
  indexer: string;
}

export interface BundleResult {
  brand: string;
  /** Pages in the bundle, from its entry file. */
  pages: number;
  /** Whether the bundle came from the cache. */
  cached: boolean;
}

/**
 * Files of a bundle the site never loads: Pagefind's prebuilt interfaces (the site has its own) and
 * its web worker (src/client/search/load.ts runs Pagefind on the page, with `noWorker`).
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

/**
 * How many word positions Pagefind puts in one chunk of the index. A query downloads the chunks
 * holding its words, and Pagefind's default (20,000) makes chunks of about 25 KB gzipped on the
 * sample site, two of them for 个人信息. Smaller chunks make the first query light; the count is kept
 * near 48 (a Chinese character is about one position) so the chunk list every search loads first
 * stays small on a large site, where the default applies again.
 */
export function chunkSize(characters: number): number {
  return Math.min(20_000, Math.max(4_000, Math.ceil(characters / 48)));
}

/**
 * Splits the jobs into `lanes` lists of about equal text, the largest first, so that the threads
 * that run them finish at about the same time.
 */
export function shareJobs(jobs: readonly BundleJob[], lanes: number): BundleJob[][] {
  const shares = Array.from({ length: Math.max(1, Math.min(lanes, jobs.length)) }, () => ({
    jobs: [] as BundleJob[],
    characters: 0,
  }));
  for (const job of [...jobs].sort((a, b) => b.characters - a.characters || (a.brand < b.brand ? -1 : 1))) {
    const lightest = shares.reduce((min, share) => (share.characters < min.characters ? share : min));
    lightest.jobs.push(job);
    lightest.characters += job.characters;
  }
  return shares.map((share) => share.jobs).filter((list) => list.length > 0);
}

/**
 * Writes every brand's bundle into `<site>/pagefind/<brand>/`, then gathers their fragment files
 * (named by their content's hash) into one folder, `<site>/pagefind/fragment/`, from which search
 * reads any result's record without knowing its bundle (src/lib/search/fragment.ts).
 * `workerFile` is the thread entry (src/integrations/pagefind-worker.ts); without it, or with one
 * lane, the bundles are written here.
 */
export async function writeBundles(
  jobs: readonly BundleJob[],
  settings: BundleSettings,
  workerFile: string | undefined,
): Promise<BundleResult[]> {
  const lanes = shareJobs(jobs, workerFile === undefined ? 1 : availableParallelism());
  const results =
    lanes.length <= 1 || workerFile === undefined
      ? await indexBundles(lanes[0] ?? [], settings)
      : (await Promise.all(lanes.map((lane) => inWorker(workerFile, lane, settings)))).flat();
  gatherFragments(join(settings.site, searchFiles.pagefindRoot));
  if (settings.cacheDir !== undefined) prune(settings.cacheDir);
  return results.sort((a, b) => (a.brand < b.brand ? -1 : 1));
}

function inWorker(file: string, jobs: BundleJob[], settings: BundleSettings): Promise<BundleResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { jobs, settings } });
    worker.once('message', (message: { results: BundleResult[] } | { error: string }) =>
      'error' in message ? reject(new Error(message.error)) : resolve(message.results),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search indexing thread stopped (exit code ${code}).`)));
  });
}

/** Writes the bundles of one lane, one after another, each from the cache when it holds it. */
export async function indexBundles(jobs: readonly BundleJob[], settings: BundleSettings): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const job of jobs) {
    const out = join(settings.site, searchFiles.pagefindBundle(job.brand));
    const pages = job.paths.map((url) => ({
      url,
      content: readFileSync(join(settings.site, url, 'index.html'), 'utf8'),
    }));
    const chunk = chunkSize(job.characters);
    const key = createHash('sha256')
      .update(JSON.stringify([settings.indexer, settings.language, chunk, UNUSED_FILES]))
      .update(JSON.stringify(pages))
      .digest('hex')
      .slice(0, 32);
    const kept = settings.cacheDir === undefined ? undefined : join(settings.cacheDir, key);
    if (kept !== undefined && existsSync(join(kept, 'pagefind-entry.json'))) {
      cpSync(kept, out, { recursive: true });
      // Marked as used, so that pruning (below) keeps it.
      const now = new Date();
      utimesSync(kept, now, now);
      results.push({ brand: job.brand, pages: pageCount(out), cached: true });
      continue;
    }
    await indexOne(pages, out, settings.language, chunk);
    if (kept !== undefined) keep(out, kept);
    results.push({ brand: job.brand, pages: pageCount(out), cached: false });
  }
  return results;
}

async function indexOne(
  pages: { url: string; content: string }[],
  out: string,
  language: string,
  chunk: number,
): Promise<void> {
  // Pagefind reads this when its service starts, which createIndex does (after close(), a new one).
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunk);
  try {
    // One index for every language, in the site's: Pagefind would otherwise make one per <html lang>
    // and search only the page's, so /search/ would miss English texts and /en/search/ Chinese ones.
    // Search checks every candidate itself (src/lib/search/query.ts), English plurals included, so
    // Chinese segmentation of an English text loses nothing.
    const { index, errors } = await createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join('\n') || 'Pagefind returned no index.');
    for (let i = 0; i < pages.length; i += BATCH) {
      const results = await Promise.all(pages.slice(i, i + BATCH).map((page) => index.addHTMLFile(page)));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length > 0) throw new Error(failed.join('\n'));
    }
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    for (const file of UNUSED_FILES) rmSync(join(out, file), { force: true });
  } finally {
    await close();
  }
}

/** Copies a finished bundle into the cache in one step, so a reader never sees half of one. */
function keep(bundle: string, kept: string): void {
  const temp = `${kept}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    cpSync(bundle, temp, { recursive: true });
    renameSync(temp, kept);
  } catch {
    // Another build kept the same bundle first, or the cache is not writable: only a speed-up lost.
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Bundles no build has used for this long are removed from the cache: old edits' indexes. */
const KEPT_DAYS = 14;

function prune(dir: string): void {
  if (!existsSync(dir)) return;
  const before = Date.now() - KEPT_DAYS * 86_400_000;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < before) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}

/** Pages in a bundle, from its entry file (per language; the site's bundles hold one). */
function pageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

function gatherFragments(root: string): void {
  const shared = join(root, 'fragment');
  mkdirSync(shared, { recursive: true });
  for (const brand of readdirSync(root)) {
    const own = join(root, brand, 'fragment');
    if (brand === 'fragment' || !existsSync(own)) continue;
    for (const name of readdirSync(own)) renameSync(join(own, name), join(shared, name));
    rmSync(own, { recursive: true });
  }
}

/** The entry of an indexing thread: its lane's jobs in, its results (or its error) out. */
export async function runLane(
  data: { jobs: BundleJob[]; settings: BundleSettings },
  post: (message: unknown) => void,
): Promise<void> {
  try {
    post({ results: await indexBundles(data.jobs, data.settings) });
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  }
}
