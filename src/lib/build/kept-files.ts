/**
 * What a rebuild keeps from the published site: each page and file whose key (a hash of what it is
 * made from, src/lib/build/data-key.ts for pages) is the one it had in the build that published it
 * is hard-linked from the published folder into the staging folder instead of rendered and written
 * again. The staging folder is still swapped in whole (scripts/build.ts), so the published site never
 * shows half a build; a kept file is only ever linked, never written, so the published copy is never
 * touched. A file is kept only when the published one is, by size, time of change and inode, the very
 * file that build left (a file changed or replaced since is made again), and only when the code and
 * settings are those of that build (its `render` key).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { linkOrCopy } from './folders.ts';
import { sitePath } from './site-path.ts';

/** One file of a published site, as its build recorded it. */
export interface KeptEntry {
  key: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/** The record a build leaves beside its output: the key of its code and settings, and each keyed file. */
export interface KeptRecord {
  render: string;
  files: Record<string, KeptEntry>;
}

/** What scripts/build.ts hands the Astro process: where to keep from (if anywhere), and where to write this build's keys. */
export interface KeepPlan {
  /** The key of the build's code and settings (src/lib/build/up-to-date.ts: renderInputs). */
  render: string;
  from: string | undefined;
  files: Record<string, KeptEntry>;
  keys: string;
}

function readRecord(file: string): KeptRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptRecord>;
    return typeof record.render === 'string' && typeof record.files === 'object' && record.files !== null
      ? (record as KeptRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The plan for a build of `out`: keep from it when its last build left a record under the same code
 * and settings (`render`), unless the build is forced.
 */
export function planKeeping(options: {
  record: string;
  out: string;
  render: string;
  force: boolean;
  keys: string;
}): KeepPlan {
  const record = options.force || !existsSync(options.out) ? undefined : readRecord(options.record);
  return record?.render === options.render
    ? { render: options.render, from: options.out, files: record.files, keys: options.keys }
    : { render: options.render, from: undefined, files: {}, keys: options.keys };
}

/**
 * Records the keyed files of the site now in `out` (their keys as the build wrote them to
 * `keysFile`, their size, time of change and inode as they are now), for the next build's plan.
 * Throws without a keys file; the caller then removes the record, and the next build makes everything.
 */
export function recordKept(
  record: string,
  out: string,
  render: string,
  keysFile: string,
  stats?: ReadonlyMap<string, Stats>,
): void {
  const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as Record<string, string>;
  const files: Record<string, KeptEntry> = {};
  for (const [path, key] of Object.entries(keys)) {
    try {
      // `stats`, the site's files as scanned once it was placed (src/lib/build/up-to-date.ts), spares a second look at each.
      const stat = stats === undefined ? lstatSync(join(out, path)) : stats.get(path);
      if (stat?.isFile()) files[path] = { key, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
    } catch {
      // Not in the site (a path the build named but did not write): nothing to keep next time.
    }
  }
  mkdirSync(dirname(record), { recursive: true });
  writeFileSync(record, JSON.stringify({ render, files } satisfies KeptRecord));
}

/** Keeps pages and files of one build: asked per path, in the Astro process. */
export class Keeper {
  readonly #plan: KeepPlan;
  readonly #staging: string;
  readonly #keys = new Map<string, string>();
  readonly #kept = new Set<string>();
  readonly #folders = new Set<string>();
  #link = true;
  #assets: string | undefined;

  constructor(plan: KeepPlan, staging: string) {
    this.#plan = plan;
    this.#staging = resolve(staging);
  }

  /**
   * The scripts and stylesheets this build bundled (`_astro/`, named by their content's hash), which
   * every page links to: part of each page's key, since they follow from content too (the brands'
   * colours) and not only from the code. Read once Vite has written them, before pages are generated.
   */
  get assets(): string {
    if (this.#assets === undefined) {
      const folder = join(this.#staging, '_astro');
      this.#assets = existsSync(folder)
        ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort().join('\n')
        : '';
    }
    return this.#assets;
  }

  /**
   * Whether this build keeps from a published site built by the same code and settings: then the
   * texts it read are in the cache, but for the few changed since.
   */
  get rebuilding(): boolean {
    return this.#plan.from !== undefined;
  }

  /** The key of this build's code and settings: what it keeps outside the site (Tailwind's CSS) is kept under it. */
  get render(): string {
    return this.#plan.render;
  }

  /** How many files this build kept. */
  get kept(): number {
    return this.#kept.size;
  }

  /**
   * Notes `key` as the key of the file at `path` (relative to the site's root) and, when the
   * published site holds that file under the same key, untouched, links it into the staging folder.
   * Returns whether it did: if not, the caller makes the file.
   */
  keep(path: string, key: string): boolean {
    const target = sitePath(this.#staging, path);
    this.#keys.set(path, key);
    if (this.#kept.has(path)) return true;
    const from = this.#plan.from;
    const entry = this.#plan.files[path];
    if (from === undefined || entry === undefined || entry.key !== key) return false;
    const source = sitePath(from, path);
    try {
      const stat = lstatSync(source);
      if (!stat.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs || stat.ino !== entry.ino)
        return false;
      this.#place(source, target);
    } catch {
      return false;
    }
    this.#kept.add(path);
    return true;
  }

  /**
   * Once the site is written: links again any kept file the staging folder lost (it would be
   * missing from the site otherwise) and writes this build's keys for scripts/build.ts to record.
   */
  finish(): void {
    const from = this.#plan.from;
    for (const path of this.#kept) {
      const target = sitePath(this.#staging, path);
      if (from !== undefined && !existsSync(target)) this.#place(sitePath(from, path), target);
    }
    mkdirSync(dirname(this.#plan.keys), { recursive: true });
    writeFileSync(this.#plan.keys, JSON.stringify(Object.fromEntries(this.#keys)));
  }

  /** A link where both folders share a filesystem; a copy where they do not. */
  #place(source: string, target: string): void {
    const folder = dirname(target);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    this.#link = linkOrCopy(source, target, this.#link);
  }
}

const slot = Symbol.for('privacy-center.keeper');
const slots = globalThis as typeof globalThis & { [slot]?: Keeper | undefined };

/**
 * Starts keeping for this process's build from the plan file scripts/build.ts names
 * (PRIVACY_CENTER_KEEP); without one (`astro build` run by hand, `astro dev`), nothing is kept.
 * Held in a global slot: the page route runs as a separate module instance in the same process.
 */
export function startKeeping(planFile: string | undefined, staging: string): void {
  slots[slot] = planFile ? new Keeper(JSON.parse(readFileSync(planFile, 'utf8')) as KeepPlan, staging) : undefined;
}

/** The keeper of the running build, if it keeps. */
export function keeper(): Keeper | undefined {
  return slots[slot];
}
