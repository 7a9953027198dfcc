/** Detecting blocks that moved, as they were or edited. Pure, runs in the browser. */
import type { Hunk } from './align.ts';
import type { Block, Segment } from './model.ts';
import { editOf } from './pair.ts';

/** Moved blocks, by block index in the old (a) and new (b) version. */
export type Moves = {
  /** Old index → new index. */
  to: Map<number, number>;
  /** New index → old index. */
  from: Map<number, number>;
  /** Old index → id of the move, shared by blocks that moved together. */
  id: Map<number, number>;
  /** Old index → the word diff of a block that moved and was edited on the way. */
  edits: Map<number, Segment[]>;
};

/**
 * Most removed × added block pairs compared when looking for blocks that moved and were edited:
 * a rewrite larger than this is shown as removed and added text.
 */
const FUZZY_LIMIT = 40_000;

/**
 * A removed block whose id (same kind, same text up to whitespace) is added elsewhere moved
 * there; duplicates pair up in reading order. A removed block that is an edit of a block added
 * in another hunk moved there and was edited. Moved blocks that lie in one hunk on both sides,
 * in the same order, share a move id: a section that moved (with edits, deletions and
 * additions inside) is one move.
 */
export function findMoves(
  ids: { a: readonly number[]; b: readonly number[] },
  blocks: { a: readonly Block[]; b: readonly Block[] },
  hunks: readonly Hunk[],
  locale: string,
): Moves {
  const waiting = new Map<number, number[]>();
  for (const h of hunks) {
    for (let i = h.aStart; i < h.aEnd; i++) {
      const id = ids.a[i] ?? -1;
      const queue = waiting.get(id);
      if (queue) queue.push(i);
      else waiting.set(id, [i]);
    }
  }
  const to = new Map<number, number>();
  for (const h of hunks) {
    for (let j = h.bStart; j < h.bEnd; j++) {
      const i = waiting.get(ids.b[j] ?? -1)?.shift();
      if (i !== undefined) to.set(i, j);
    }
  }
  const edits = editedMoves(blocks, hunks, to, locale);
  for (const [i, edit] of edits) to.set(i, edit.j);
  const hunkOf = (side: 'a' | 'b', index: number) =>
    hunks.findIndex((h) => (side === 'a' ? h.aStart <= index && index < h.aEnd : h.bStart <= index && index < h.bEnd));
  const sorted = [...to].sort(([x], [y]) => x - y);
  const id = new Map<number, number>();
  let count = 0;
  sorted.forEach(([i, j], k) => {
    const [pi, pj] = sorted[k - 1] ?? [-2, -2];
    const together = pj < j && hunkOf('a', pi) === hunkOf('a', i) && hunkOf('b', pj) === hunkOf('b', j);
    if (!together) count++;
    id.set(i, count);
  });
  return {
    to,
    from: new Map([...to].map(([i, j]) => [j, i])),
    id,
    edits: new Map([...edits].map(([i, edit]) => [i, edit.segments])),
  };
}

/**
 * Removed blocks that are edits of blocks added in another hunk (edits within one hunk are
 * paired in place by pairEdits). Each added block is taken once, best match first.
 */
function editedMoves(
  blocks: { a: readonly Block[]; b: readonly Block[] },
  hunks: readonly Hunk[],
  moved: ReadonlyMap<number, number>,
  locale: string,
): Map<number, { j: number; segments: Segment[] }> {
  const takenB = new Set(moved.values());
  const removed: { i: number; hunk: number }[] = [];
  const added: { j: number; hunk: number }[] = [];
  hunks.forEach((h, hunk) => {
    for (let i = h.aStart; i < h.aEnd; i++) if (!moved.has(i)) removed.push({ i, hunk });
    for (let j = h.bStart; j < h.bEnd; j++) if (!takenB.has(j)) added.push({ j, hunk });
  });
  const found = new Map<number, { j: number; segments: Segment[] }>();
  if (hunks.length < 2 || removed.length * added.length > FUZZY_LIMIT) return found;
  const used = new Set<number>();
  for (const r of removed) {
    const old = blocks.a[r.i];
    if (old === undefined || old.kind === 'code') continue;
    let best: { j: number; segments: Segment[]; score: number } | undefined;
    for (const c of added) {
      const candidate = blocks.b[c.j];
      if (c.hunk === r.hunk || used.has(c.j) || candidate?.kind !== old.kind) continue;
      const edit = editOf(old.text, candidate.text, locale);
      if (edit && (best === undefined || edit.score > best.score)) best = { j: c.j, ...edit };
    }
    if (best === undefined) continue;
    used.add(best.j);
    found.set(r.i, { j: best.j, segments: best.segments });
  }
  return found;
}
