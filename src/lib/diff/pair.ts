/** Pairing removed and added blocks that are edits of one another. Pure, runs in the browser. */
import type { Block, Segment } from './model.ts';
import { diffText } from './words.ts';
import { words } from './segment.ts';
import { keptValues } from '../markup/kept.ts';

/** Share of words two blocks must have in common (Dice coefficient) to be tried as an edit. */
const SIMILAR = 0.5;
/**
 * Share of characters the word diff must find unchanged to keep the pair. Word
 * bags ignore order and common words (我们, 您, 的) make unrelated sentences look alike.
 */
const SHARED = 0.4;
/** How many added blocks ahead of the last pair a removed block looks for its edit. */
const WINDOW = 16;

export type Pair = { ai: number; bi: number; segments: Segment[] };
type Bag = { counts: Map<string, number>; size: number };

/**
 * Pair removed blocks `removed` (indices into `a`) with added blocks `added`
 * (indices into `b`) of one hunk. Pairs keep the order of both versions, so the
 * redline can show each edit where the block stands.
 */
export function pairEdits(
  a: readonly Block[],
  b: readonly Block[],
  removed: readonly number[],
  added: readonly number[],
  locale: string,
): Pair[] {
  const pairs: Pair[] = [];
  let from = 0;
  for (const ai of removed) {
    const old = a[ai];
    if (old === undefined) continue;
    const oldBag = bag(old.text, locale);
    let best: { k: number; bi: number; text: string } | undefined;
    let bestScore = SIMILAR;
    for (let k = from; k < Math.min(added.length, from + WINDOW); k++) {
      const bi = added[k] ?? -1;
      const candidate = b[bi];
      if (candidate?.kind !== old.kind) continue;
      const score = dice(oldBag, bag(candidate.text, locale));
      if (score > bestScore) {
        best = { k, bi, text: candidate.text };
        bestScore = score;
      }
    }
    if (best === undefined) continue;
    const segments = diffText(old.text, best.text, locale);
    if (unchangedShare(segments, old.text.length + best.text.length) < SHARED) continue;
    pairs.push({ ai, bi: best.bi, segments });
    from = best.k + 1;
  }
  return pairs;
}

/**
 * The word diff of two blocks when one reads as an edit of the other (enough words in common, and
 * enough of their text unchanged), with its similarity; undefined when they are different blocks.
 */
export function editOf(a: string, b: string, locale: string): { segments: Segment[]; score: number } | undefined {
  const score = dice(bag(a, locale), bag(b, locale));
  if (score <= SIMILAR) return undefined;
  const segments = diffText(a, b, locale);
  return unchangedShare(segments, a.length + b.length) < SHARED ? undefined : { segments, score };
}

/**
 * Word bags last across calls: looking for edited moves compares every removed block with every
 * added one, and versions of a policy share most blocks, so the same texts come back again and
 * again.
 */
const bags = keptValues<Bag>(20_000);

function bag(text: string, locale: string): Bag {
  return bags(`${locale}\n${text}`, () => {
    const counts = new Map<string, number>();
    const all = words(text, locale);
    for (const word of all) counts.set(word, (counts.get(word) ?? 0) + 1);
    return { counts, size: all.length };
  });
}

function dice(x: Bag, y: Bag): number {
  if (x.size + y.size === 0) return 0;
  const [small, large] = x.counts.size <= y.counts.size ? [x, y] : [y, x];
  let common = 0;
  for (const [word, n] of small.counts) common += Math.min(n, large.counts.get(word) ?? 0);
  return (2 * common) / (x.size + y.size);
}

/** Share of the two texts' characters, `length` in all, that the diff leaves unchanged. */
function unchangedShare(segments: readonly Segment[], length: number): number {
  let equal = 0;
  for (const s of segments) if (s.op === 'equal') equal += s.text.length;
  return length === 0 ? 1 : (2 * equal) / length;
}
