import type { Catalog } from '../model/catalog.ts';
import { ContentError, type Problem } from '../problem.ts';

/**
 * The catalog of the running build or dev server, shared between Astro's config (where the content
 * check loads it) and the page modules (which Vite loads as separate module instances in the same
 * process): only a global slot is common to both, so it holds plain data, never class instances.
 */
type Slot = { contentDir: string } & ({ catalog: Catalog } | { problems: readonly Problem[] });

const key = Symbol.for('privacy-center.catalog');
const slots = globalThis as typeof globalThis & { [key]?: Slot };

export function storeCatalog(slot: Slot): void {
  slots[key] = slot;
}

/** The stored catalog; throws the stored problems as a ContentError, so broken content shows as such. */
export function storedCatalog(): Catalog | undefined {
  const slot = slots[key];
  if (slot === undefined) return undefined;
  if ('problems' in slot) throw new ContentError(slot.problems, slot.contentDir);
  return slot.catalog;
}

export function storedContentDir(): string | undefined {
  return slots[key]?.contentDir;
}
