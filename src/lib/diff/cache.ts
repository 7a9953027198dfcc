import type { VersionRecord } from '../content/read.ts';
import type { ValueCache } from '../build/value-cache.ts';
import { diffBlocks } from './diff.ts';
import type { DiffModel, DiffStats } from './model.ts';

/** Redlines between version texts (originals or translations), computed once. */
export interface Redlines {
  /** The redline between two texts. */
  model(from: VersionRecord, to: VersionRecord): DiffModel;
  /** Its counts alone: kept apart, so a history page reads a few numbers rather than every redline. */
  stats(from: VersionRecord, to: VersionRecord): DiffStats;
  /**
   * A name that changes exactly when the redline may: the two texts, their language and the diff
   * engine's code. A page's cache key counts it instead of the redline (src/lib/page-data/keyed.ts).
   */
  name(from: VersionRecord, to: VersionRecord): string;
}

/** The key of a diff: the two texts' SHA-256 and the language it is segmented in. */
export function diffKey(from: VersionRecord, to: VersionRecord): string {
  return `diff-${from.sha256}-${to.sha256}-${to.locale}`;
}

/** Where a diff's counts are kept beside it. */
const statsKey = (key: string) => `stats-${key.slice('diff-'.length)}`;

/** Keeps a computed diff, and its counts apart, in the disk cache. */
export function keepDiff(disk: ValueCache, key: string, model: DiffModel): void {
  disk.set(key, model);
  disk.set(statsKey(key), model.stats);
}

/**
 * Redlines for one build: the history page, the change page and the compare data ask for the same
 * ones. With `disk` they also last between builds, and a worker can compute them while Astro
 * bundles. `engine` names the diff engine's code (src/lib/build/code-key.ts), which the disk cache
 * is kept under too.
 */
export function cachedDiffs(disk: ValueCache | undefined, engine = ''): Redlines {
  const models = new Map<string, DiffModel>();
  const stats = new Map<string, DiffStats>();
  const model = (from: VersionRecord, to: VersionRecord): DiffModel => {
    const key = diffKey(from, to);
    let found = models.get(key) ?? disk?.get<DiffModel>(key);
    if (found === undefined) {
      found = diffBlocks(from.text.blocks, to.text.blocks, { locale: to.locale });
      if (disk) keepDiff(disk, key, found);
    }
    models.set(key, found);
    stats.set(key, found.stats);
    return found;
  };
  return {
    model,
    stats(from, to) {
      const key = diffKey(from, to);
      const found = stats.get(key) ?? disk?.get<DiffStats>(statsKey(key));
      if (found !== undefined) {
        stats.set(key, found);
        return found;
      }
      // Kept apart from here on, for a redline cached before its counts were.
      const counted = model(from, to).stats;
      disk?.set(statsKey(key), counted);
      return counted;
    },
    name: (from, to) => `${engine}/${diffKey(from, to)}`,
  };
}
