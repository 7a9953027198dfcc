import { diffKey, keepDiff } from '../diff/cache.ts';
import { diffBlocks } from '../diff/diff.ts';
import type { Block } from '../diff/model.ts';
import { comparedTexts } from '../model/catalog.ts';
import type { BuiltSite } from './store.ts';
import type { ValueCache } from './value-cache.ts';
import { builtHere } from './shard.ts';

/** One redline to compute ahead: the two texts' blocks and the language they are segmented in. */
export interface DiffJob {
  key: string;
  from: Block[];
  to: Block[];
  locale: string;
}

/**
 * Every redline the pages will ask for (a change page's, and the history's sizes), once each, that
 * the disk cache does not hold yet: a rebuild hands the worker only what changed.
 */
export function diffJobs(site: BuiltSite, disk: ValueCache): DiffJob[] {
  const jobs = new Map<string, DiffJob>();
  for (const page of site.pages) {
    // A shard warms only the redlines of the pages it renders.
    if (page.kind !== 'changes' || !builtHere(site, page.path)) continue;
    const [from, to] = comparedTexts(page.pair, page.locale);
    const key = diffKey(from, to);
    if (!jobs.has(key) && !disk.has(key))
      jobs.set(key, { key, from: from.text.blocks, to: to.text.blocks, locale: to.locale });
  }
  return [...jobs.values()];
}

/**
 * Computes the jobs into the disk cache. Run in a worker while Astro bundles and renders, it moves
 * that work to the second core; it goes from the last job back while the pages render from the
 * first, and a page that needs a result the worker has not reached computes it itself, so the two
 * meet in the middle and compute each redline about once.
 */
export function runDiffJobs(jobs: readonly DiffJob[], disk: ValueCache): void {
  for (const job of [...jobs].reverse()) {
    if (disk.has(job.key)) continue;
    keepDiff(disk, job.key, diffBlocks(job.from, job.to, { locale: job.locale }));
  }
}
