/** Block-level alignment of two versions. Pure, runs in the browser. */
import { diffArrays } from 'diff';

/**
 * Old blocks [aStart, aEnd) were replaced by new blocks [bStart, bEnd). Outside
 * hunks the blocks correspond one to one, in order. A `coarse` hunk was too
 * different to align exactly and may still hold blocks found in both versions.
 */
export type Hunk = { aStart: number; aEnd: number; bStart: number; bEnd: number; coarse: boolean };

/**
 * Most block insertions plus deletions searched for between two anchors. Myers'
 * cost grows with length × edits, so past this a stretch is left unaligned.
 */
export const BLOCK_EDIT_LIMIT = 500;

/**
 * Align two versions given as block ids (same id = same block). Blocks that occur
 * exactly once in each version anchor the alignment (patience diff): that is
 * linear-time for typical revisions and keeps moved blocks from distorting the
 * rest. The stretches between anchors are diffed with Myers.
 */
export function alignIds(a: readonly number[], b: readonly number[]): Hunk[] {
  const hunks: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  for (const [aAnchor, bAnchor] of [...anchors(a, b), [a.length, b.length] as const]) {
    alignStretch(a, b, [ai, aAnchor], [bi, bAnchor], hunks);
    ai = aAnchor + 1;
    bi = bAnchor + 1;
  }
  return hunks;
}

type Range = readonly [number, number];

function alignStretch(a: readonly number[], b: readonly number[], [aLo, aHi]: Range, [bLo, bHi]: Range, hunks: Hunk[]) {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    aLo++;
    bLo++;
  }
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  if (aLo === aHi && bLo === bHi) return;
  const whole: Hunk = { aStart: aLo, aEnd: aHi, bStart: bLo, bEnd: bHi, coarse: false };
  if (aLo === aHi || bLo === bHi) {
    hunks.push(whole);
    return;
  }
  const changes = diffArrays(a.slice(aLo, aHi), b.slice(bLo, bHi), { maxEditLength: BLOCK_EDIT_LIMIT });
  if (changes === undefined) {
    hunks.push({ ...whole, coarse: true });
    return;
  }
  let open: Hunk | undefined;
  for (const change of changes) {
    if (change.added || change.removed) {
      open ??= { aStart: aLo, aEnd: aLo, bStart: bLo, bEnd: bLo, coarse: false };
      if (change.removed) aLo += change.count;
      else bLo += change.count;
      open.aEnd = aLo;
      open.bEnd = bLo;
    } else {
      if (open) hunks.push(open);
      open = undefined;
      aLo += change.count;
      bLo += change.count;
    }
  }
  if (open) hunks.push(open);
}

/** Pairs (old index, new index) of blocks unique in both versions, longest run in the same order. */
function anchors(a: readonly number[], b: readonly number[]): Array<readonly [number, number]> {
  const countA = new Map<number, number>();
  for (const id of a) countA.set(id, (countA.get(id) ?? 0) + 1);
  // Index in b of each id, or -1 once it repeats.
  const indexInB = new Map<number, number>();
  b.forEach((id, j) => indexInB.set(id, indexInB.has(id) ? -1 : j));
  const candidates: Array<readonly [number, number]> = [];
  a.forEach((id, i) => {
    const j = indexInB.get(id) ?? -1;
    if (j >= 0 && countA.get(id) === 1) candidates.push([i, j]);
  });
  return longestIncreasing(candidates);
}

/** Longest subsequence with increasing new index (patience sorting, n log n). */
function longestIncreasing(pairs: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  // For each run length: the smallest new index that ends such a run, and its pair.
  const tailIndex: number[] = [];
  const tailPair: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tailIndex.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tailIndex[mid] ?? j) < j) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = tailPair[lo - 1] ?? -1;
    tailIndex[lo] = j;
    tailPair[lo] = k;
  });
  const out: Array<readonly [number, number]> = [];
  for (let k = tailPair.at(-1) ?? -1; k >= 0; k = previous[k] ?? -1) {
    const pair = pairs[k];
    if (pair) out.push(pair);
  }
  return out.reverse();
}
