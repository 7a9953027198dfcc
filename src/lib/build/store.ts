import type { ContentRecords } from '../content/read.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { ContentError, type Problem } from '../problem.ts';

/** A loaded site: its content in context and the list of its pages. */
export interface BuiltSite {
  ctx: SiteContext;
  pages: PageRef[];
  /** Texts parsed for this build, and texts whose rendering came from the cache. */
  texts: ContentRecords['texts'];
  /** The brands a shard builds (src/lib/build/shard.ts); undefined builds them all. */
  shard?: ReadonlySet<string> | undefined;
}

/**
 * The site of the running build or dev server, shared between Astro's config (where the content
 * check loads it) and the page modules (which Vite loads as separate module instances in the same
 * process): only a global slot is common to both, so it never relies on class identity.
 */
type Slot = { contentDir: string; reload?: (() => void) | undefined; building?: boolean } & (
  { site: BuiltSite } | { problems: readonly Problem[] }
);

const key = Symbol.for('privacy-center.site');
const slots = globalThis as typeof globalThis & { [key]?: Slot };

export function storeSite(slot: Slot): void {
  slots[key] = slot;
}

/**
 * Marks the stored site as older than its files (in `astro dev`, on a change): the next reader
 * loads it again first, so a page requested right after a save never shows the text before it.
 */
export function markStale(reload: () => void): void {
  const slot = slots[key];
  if (slot !== undefined) slot.reload = reload;
}

/** The stored site; throws the stored problems as a ContentError, so broken content shows as such. */
export function storedSite(): BuiltSite | undefined {
  const stale = slots[key];
  if (stale?.reload !== undefined) {
    const reload = stale.reload;
    stale.reload = undefined;
    reload();
  }
  const slot = slots[key];
  if (slot === undefined) return undefined;
  if ('problems' in slot) throw new ContentError(slot.problems, slot.contentDir);
  return slot.site;
}

/**
 * Whether the stored site is being built (`astro build`) rather than served (`astro dev`, which
 * renders only the pages asked for and keeps no cache of them).
 */
export function storedForBuild(): boolean {
  return slots[key]?.building === true;
}

export function storedContentDir(): string | undefined {
  return slots[key]?.contentDir;
}
