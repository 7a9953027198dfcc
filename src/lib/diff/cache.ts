import type { VersionRecord } from '../content/read.ts';
import type { JsonCache } from '../build/json-cache.ts';
import { diffBlocks } from './diff.ts';
import type { DiffModel } from './model.ts';

/** Diffs two version texts (original or translation) into a redline model. */
export type DiffTexts = (from: VersionRecord, to: VersionRecord) => DiffModel;

/** The key of a diff: the two texts' SHA-256 and the language it is segmented in. */
export function diffKey(from: VersionRecord, to: VersionRecord): string {
  return `diff-${from.sha256}-${to.sha256}-${to.locale}`;
}

/**
 * Diffs of version texts, computed once: the history page, the change page and the compare data
 * ask for the same ones. With `disk` (keyed by the diff engine's code, src/lib/build/code-key.ts)
 * they also last between builds, and a worker can compute them while Astro bundles.
 */
export function cachedDiffs(disk: JsonCache | undefined): DiffTexts {
  const memory = new Map<string, DiffModel>();
  return (from, to) => {
    const key = diffKey(from, to);
    let found = memory.get(key) ?? disk?.get<DiffModel>(key);
    if (found === undefined) {
      found = diffBlocks(from.text.blocks, to.text.blocks, { locale: to.locale });
      disk?.set(key, found);
    }
    memory.set(key, found);
    return found;
  };
}
