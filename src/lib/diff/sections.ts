/** Section-level summary of a diff. Pure, runs in the browser. */
import type { Block, EntryStatus, SectionChange } from './model.ts';

/** One version's blocks with the status each got in the diff. */
export type Side = { blocks: readonly Block[]; status: readonly EntryStatus[] };
/** A top-level section: its heading's index (-1 for the preamble) and its blocks [start, end). */
type Span = { heading: number; start: number; end: number };

/**
 * Status of every top-level section, in the new version's order, with removed
 * sections after the section they used to follow. `match` maps the index of a
 * new block to its old counterpart (unchanged, changed or moved).
 */
export function summariseSections(a: Side, b: Side, match: ReadonlyMap<number, number>): SectionChange[] {
  const depth = outlineDepth([a.blocks, b.blocks]);
  const spansA = spans(a.blocks, depth);
  const byHeadingA = new Map(spansA.map((span) => [span.heading, span]));
  const matched = new Map<Span, { slot: number; moved: boolean }>();
  const kept = spans(b.blocks, depth).map((span, slot): SectionChange => {
    const section = label(b.blocks, span);
    const oldHeading = span.heading < 0 ? -1 : match.get(span.heading);
    const old = oldHeading === undefined ? undefined : byHeadingA.get(oldHeading);
    if (old === undefined) return { section, status: 'added' };
    const moved = b.status[span.heading] === 'moved-to';
    matched.set(old, { slot, moved });
    if (moved) return { section, status: 'moved' };
    return { section, status: touched(a, old) || touched(b, span) ? 'changed' : 'unchanged' };
  });
  // Moved sections are no landmark: a removed section goes after the last
  // section that preceded it and stayed in place.
  const removedAfter = new Map<number, SectionChange[]>();
  let slot = -1;
  for (const span of spansA) {
    const found = matched.get(span);
    if (found === undefined) {
      const list = removedAfter.get(slot) ?? [];
      removedAfter.set(slot, [...list, { section: label(a.blocks, span), status: 'removed' }]);
    } else if (!found.moved) {
      slot = found.slot;
    }
  }
  return [...(removedAfter.get(-1) ?? []), ...kept.flatMap((change, k) => [change, ...(removedAfter.get(k) ?? [])])];
}

/**
 * The heading level that divides the policy into sections: the shallowest, unless
 * each version has only one heading of that level, which is then the title.
 * 0 when there are no headings (everything is preamble).
 */
function outlineDepth(versions: ReadonlyArray<readonly Block[]>): number {
  const most = new Map<number, number>();
  for (const blocks of versions) {
    const count = new Map<number, number>();
    for (const { kind, depth } of blocks) {
      if (kind === 'heading' && depth !== undefined) count.set(depth, (count.get(depth) ?? 0) + 1);
    }
    for (const [depth, n] of count) most.set(depth, Math.max(n, most.get(depth) ?? 0));
  }
  const [top, next] = [...most.keys()].sort((x, y) => x - y);
  if (top === undefined) return 0;
  return next !== undefined && most.get(top) === 1 ? next : top;
}

function spans(blocks: readonly Block[], depth: number): Span[] {
  const preamble: Span = { heading: -1, start: 0, end: 0 };
  const out = [preamble];
  let current = preamble;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' && block.depth === depth) out.push((current = { heading: i, start: i, end: i }));
    current.end = i + 1;
  });
  return preamble.end > 0 ? out : out.slice(1);
}

function touched(side: Side, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (side.status[i] !== 'unchanged') return true;
  return false;
}

function label(blocks: readonly Block[], span: Span): string {
  return span.heading < 0 ? '' : (blocks[span.heading]?.text ?? '');
}
