/** Detecting blocks that moved. Pure, runs in the browser. */
import type { Hunk } from './align.ts';

/** Moved blocks, by block index in the old (a) and new (b) version. */
export type Moves = {
  /** Old index → new index. */
  to: Map<number, number>;
  /** New index → old index. */
  from: Map<number, number>;
  /** Old index → id of the move, shared by blocks that moved together. */
  id: Map<number, number>;
};

/**
 * A removed block whose id (same kind, same text up to whitespace) is added
 * elsewhere moved there; duplicates pair up in reading order. Blocks that moved
 * side by side, adjacent in both versions, share a move id, so a moved section
 * is one move.
 */
export function findMoves(a: readonly number[], b: readonly number[], hunks: readonly Hunk[]): Moves {
  const waiting = new Map<number, number[]>();
  for (const h of hunks) {
    for (let i = h.aStart; i < h.aEnd; i++) {
      const id = a[i] ?? -1;
      const queue = waiting.get(id);
      if (queue) queue.push(i);
      else waiting.set(id, [i]);
    }
  }
  const to = new Map<number, number>();
  for (const h of hunks) {
    for (let j = h.bStart; j < h.bEnd; j++) {
      const i = waiting.get(b[j] ?? -1)?.shift();
      if (i !== undefined) to.set(i, j);
    }
  }
  const sorted = [...to].sort(([x], [y]) => x - y);
  const id = new Map<number, number>();
  let count = 0;
  sorted.forEach(([i, j], k) => {
    const [pi, pj] = sorted[k - 1] ?? [-2, -2];
    if (pi !== i - 1 || pj !== j - 1) count++;
    id.set(i, count);
  });
  return { to, from: new Map([...to].map(([i, j]) => [j, i])), id };
}
