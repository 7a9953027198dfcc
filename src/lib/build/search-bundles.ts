/**
 * The search index: one Pagefind bundle per brand (src/lib/search/files.ts), which search merges for
 * its scope (src/client/search/load.ts), and in a large group a few more of the brands' versions in
 * force, which a search of all brands merges instead (src/lib/search/current.ts: inForceBundles).
 * Pagefind indexes on one core, so the bundles are shared among as many threads as the machine has
 * cores, each running its own Pagefind; and each bundle is kept in the cache under what it indexed,
 * so a rebuild indexes again only the bundles whose pages changed (Pagefind has no incremental index
 * of its own).
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
import type { SearchDocument } from '../search/document.ts';
import { IN_FORCE_FILE, writeRecordsInForce } from './current-records.ts';
import { searchFiles } from '../search/files.ts';
import { linkTree } from './folders.ts';

/** One bundle to write: the documents of its indexed pages and how much text they hold. */
export interface BundleJob {
  /** Its name: a brand's id, or an inForceBundle's (src/lib/search/files.ts). */
  bundle: string;
  /** Whether its records in force are kept for the header's quick search (a brand's are; the bundles of versions in force are not). */
  records: boolean;
  /** Its documents, or what makes them: made only when the cache does not hold the bundle. */
  pages: SearchDocument[] | (() => SearchDocument[]);
  /**
   * Stand-ins for its documents that change whenever they would (src/lib/search/document.ts:
   * namedDocument), which its key counts instead, so that a kept bundle's documents are never made.
   */
  names?: SearchDocument[];
  characters: number;
  /** What the bundle is made from (bundleKey); computed when missing. */
  key?: string;
}

export interface BundleSettings {
  /** The folder the bundles go into, one subfolder each: the site's pagefind/ folder once placed. */
  out: string;
  /** The one language every bundle is indexed in (the site's), so each holds every text. */
  language: string;
  /** Where finished bundles are kept between builds; undefined keeps none. */
  cacheDir: string | undefined;
  /** What else a bundle depends on (Pagefind's version): a kept bundle is reused only under the same. */
  indexer: string;
}

export interface BundleResult {
  bundle: string;
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

/** Bundles being written by indexing threads that take them one at a time, the largest first. */
export interface BundleWriting {
  /**
   * Starts more threads, up to one per core, for the bundles no thread has taken yet: called once
   * the pages are written (src/integrations/site.ts), when what the main thread has left is short.
   * Until then one thread indexes, on the core the main thread leaves.
   */
  widen(): void;
  /** Every bundle's result, once all are written and their fragments gathered. */
  results: Promise<BundleResult[]>;
}

/**
 * Writes every bundle into `<out>/<name>/`, then gathers their fragment files (named by
 * their content's hash) into one folder, `<out>/fragment/`, from which search reads any result's
 * record without knowing its bundle (src/lib/search/fragment.ts).
 * `lanes` are the threads that index (startLanes); without them the bundles are written on this thread.
 */
export function writeBundles(
  jobs: readonly BundleJob[],
  settings: BundleSettings,
  lanes: Lanes | undefined,
): BundleWriting {
  // Bundles to index first, the largest first, so that the one or two a rebuild indexes start at
  // once; bundles from the cache, a moment's linking each, last.
  const keyed = jobs.map((job) => ({ ...job, key: job.key ?? bundleKey(job, settings) }));
  const kept = new Set(keyed.filter((job) => keptBundle(job.key, settings) !== undefined));
  // A lane is handed documents, never what makes them; a kept bundle needs none.
  for (const job of keyed) job.pages = kept.has(job) ? [] : documents(job);
  const queue = keyed.sort(
    (a, b) =>
      Number(kept.has(a)) - Number(kept.has(b)) || b.characters - a.characters || (a.bundle < b.bundle ? -1 : 1),
  );
  const finish = (results: BundleResult[]) => {
    gatherFragments(settings.out);
    if (settings.cacheDir !== undefined) prune(settings.cacheDir);
    return results.sort((a, b) => (a.bundle < b.bundle ? -1 : 1));
  };
  if (lanes === undefined) return { widen: () => undefined, results: indexBundles(queue, settings).then(finish) };
  const pool = lanePool(lanes, queue, settings);
  pool.widen(1);
  const results = pool.results.finally(() => lanes.release());
  return { widen: () => pool.widen(availableParallelism()), results: results.then(finish) };
}

type LaneMessage = { result: BundleResult } | { error: string };

/** What a lane is handed: the jobs from `offset` on, and the count of jobs taken, shared by all lanes. */
export interface LaneData {
  settings: BundleSettings;
  jobs: BundleJob[];
  offset: number;
  taken: Int32Array;
}

/** What a lane reports to the pool. */
interface LaneEvents {
  message(message: LaneMessage): void;
  error(error: Error): void;
  exit(code: number): void;
}

/** An indexing thread, which starts loading its code at once and waits to be handed its work. */
class Lane {
  private readonly worker: Worker;
  private events: LaneEvents | undefined;
  /** What happened before the lane had work: a thread that could not start. */
  private early: { error?: Error; exit?: number } = {};

  constructor(file: string) {
    this.worker = new Worker(file);
    // A lane without work never keeps the build alive.
    this.worker.unref();
    this.worker.on('message', (message: LaneMessage) => this.events?.message(message));
    this.worker.on('error', (error) => (this.events ? this.events.error(error) : (this.early.error ??= error)));
    this.worker.once('exit', (code) => (this.events ? this.events.exit(code) : (this.early.exit = code)));
  }

  run(data: LaneData, events: LaneEvents): void {
    this.events = events;
    this.worker.ref();
    if (this.early.error !== undefined) events.error(this.early.error);
    if (this.early.exit !== undefined) events.exit(this.early.exit);
    else this.worker.postMessage(data);
  }

  end(): void {
    void this.worker.terminate();
  }
}

/**
 * The threads that index, each running its own Pagefind. Some start ahead, while the content loads
 * on the main thread and the other cores are idle, so that indexing begins the moment the documents
 * are known rather than after a thread has loaded its code (about 0.4 s).
 */
export interface Lanes {
  /** A thread for more work: one started ahead while any is left, else a new one. */
  take(): Lane;
  /** Ends the threads started ahead that got no work. */
  release(): void;
}

/** Lanes running `file` (src/integrations/pagefind-worker.ts), `ahead` of them started now. */
export function startLanes(file: string, ahead: number): Lanes {
  const waiting = Array.from({ length: ahead }, () => new Lane(file));
  return {
    take: () => waiting.shift() ?? new Lane(file),
    release: () => waiting.splice(0).forEach((lane) => lane.end()),
  };
}

/**
 * Lanes that each take the next job from a count they share, so that a lane never waits for this
 * thread, busy rendering and writing the site, to hand it work.
 */
function lanePool(lanes: Lanes, queue: BundleJob[], settings: BundleSettings) {
  const taken = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const results: BundleResult[] = [];
  let running = 0;
  let failure: Error | undefined;
  let settle: { resolve: (r: BundleResult[]) => void; reject: (e: Error) => void } | undefined;
  const done = new Promise<BundleResult[]>((resolve, reject) => (settle = { resolve, reject }));
  const check = () => {
    if (running > 0) return;
    if (failure) settle?.reject(failure);
    else settle?.resolve(results);
  };
  const fail = (error: Error) => {
    failure ??= error;
    // No lane takes another job.
    Atomics.store(taken, 0, queue.length);
  };
  const lane = () => {
    const offset = Math.min(Atomics.load(taken, 0), queue.length);
    running++;
    lanes.take().run(
      { settings, jobs: queue.slice(offset), offset, taken },
      {
        message: (message) => {
          if ('result' in message) results.push(message.result);
          else fail(new Error(message.error));
        },
        error: fail,
        // A lane reports its exit once (class Lane), before or after it was handed its work.
        exit: (code) => {
          running--;
          if (code !== 0) fail(new Error(`The search indexing thread stopped (exit code ${code}).`));
          check();
        },
      },
    );
  };
  return {
    widen(count: number) {
      while (running < count && Atomics.load(taken, 0) < queue.length) lane();
      check();
    },
    results: done,
  };
}

/** Writes the bundles of one lane, one after another, each from the cache when it holds it. */
export async function indexBundles(jobs: readonly BundleJob[], settings: BundleSettings): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const job of jobs) {
    // `out` stands for the site's pagefind/ folder; a bundle lies where search loads it.
    const out = join(settings.out, searchFiles.pagefindBundle(job.bundle).slice(searchFiles.pagefindRoot.length));
    const key = job.key ?? bundleKey(job, settings);
    const kept = keptBundle(key, settings);
    if (kept !== undefined) {
      // A kept bundle is never written again (keep() below places a new one whole), so the site's
      // copy can share its files.
      linkTree(kept, out);
      // Marked as used, so that pruning (below) keeps it.
      const now = new Date();
      utimesSync(kept, now, now);
      results.push({ bundle: job.bundle, pages: pageCount(out), cached: true });
      continue;
    }
    await indexOne(documents(job), out, settings.language, chunkSize(job.characters));
    if (job.records) await writeRecordsInForce(out);
    if (settings.cacheDir !== undefined) keep(out, join(settings.cacheDir, key));
    results.push({ bundle: job.bundle, pages: pageCount(out), cached: false });
  }
  return results;
}

/** A bundle's key: its documents, the indexer and everything else that shapes its files. */
function bundleKey(job: BundleJob, settings: BundleSettings): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        settings.indexer,
        settings.language,
        chunkSize(job.characters),
        UNUSED_FILES,
        job.records && IN_FORCE_FILE,
      ]),
    )
    .update(JSON.stringify(job.names ?? documents(job)))
    .digest('hex')
    .slice(0, 32);
}

function documents(job: BundleJob): SearchDocument[] {
  return typeof job.pages === 'function' ? job.pages() : job.pages;
}

/** The cache's finished bundle under `key`, if it holds one. */
function keptBundle(key: string, settings: BundleSettings): string | undefined {
  const kept = settings.cacheDir === undefined ? undefined : join(settings.cacheDir, key);
  return kept !== undefined && existsSync(join(kept, 'pagefind-entry.json')) ? kept : undefined;
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
  for (const bundle of readdirSync(root)) {
    const own = join(root, bundle, 'fragment');
    if (bundle === 'fragment' || !existsSync(own)) continue;
    for (const name of readdirSync(own)) renameSync(join(own, name), join(shared, name));
    rmSync(own, { recursive: true });
  }
}

/**
 * The entry of an indexing thread: it takes the next job from the shared count, writes that
 * bundle and reports it, until every job is taken; a failure is reported and ends the thread.
 */
export async function runLane(
  { settings, jobs, offset, taken }: LaneData,
  port: { postMessage(message: LaneMessage): void },
): Promise<void> {
  for (let i = Atomics.add(taken, 0, 1); i - offset < jobs.length; i = Atomics.add(taken, 0, 1)) {
    const job = jobs[i - offset];
    if (job === undefined) return;
    try {
      const [result] = await indexBundles([job], settings);
      port.postMessage(result ? { result } : { error: `No bundle ${job.bundle} was written.` });
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
}
