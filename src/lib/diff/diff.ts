/**
 * Revision diff of two policy versions given as blocks. Pure and browser-safe: the
 * build uses it for summaries and the compare page runs it on blocks loaded as JSON.
 */
import { alignIds } from './align.ts';
import { Redline } from './entries.ts';
import type { Block, DiffEntry, DiffModel, DiffOptions, DiffStats, SectionChange } from './model.ts';
import { findMoves } from './moves.ts';
import { pairEdits } from './pair.ts';
import { summariseSections } from './sections.ts';

export type * from './model.ts';
export { afterText, beforeText, renderRedline } from './render.ts';

/**
 * Compare version `a` (old) with `b` (new): align blocks, pair edited blocks and
 * diff them word by word, detect moved blocks, and summarise by section.
 */
export function diffBlocks(a: readonly Block[], b: readonly Block[], options: DiffOptions): DiffModel {
  // Blocks are the same when kind, level and text match with whitespace collapsed:
  // spacing alone is no change, but a paragraph turned heading is.
  const ids = new Map<string, number>();
  const idOf = ({ kind, depth, text }: Block) => {
    const key = `${kind}${depth ?? ''}\n${text.replace(/\s+/g, ' ').trim()}`;
    const id = ids.get(key) ?? ids.size;
    ids.set(key, id);
    return id;
  };
  const ka = a.map(idOf);
  const kb = b.map(idOf);
  const hunks = alignIds(ka, kb);
  const moves = findMoves({ a: ka, b: kb }, { a, b }, hunks, options.locale);
  const redline = new Redline(a, b, moves);
  for (const hunk of hunks) {
    redline.keepUntil(hunk.aStart);
    const removed = range(hunk.aStart, hunk.aEnd).filter((i) => !moves.to.has(i));
    const added = range(hunk.bStart, hunk.bEnd).filter((j) => !moves.from.has(j));
    for (const pair of pairEdits(a, b, removed, added, options.locale)) {
      redline.replaceUntil(pair.ai, pair.bi);
      redline.change(pair);
    }
    redline.replaceUntil(hunk.aEnd, hunk.bEnd);
  }
  redline.keepUntil(a.length);

  const { entries, statusA, statusB, match } = redline;
  const sections = summariseSections({ blocks: a, status: statusA }, { blocks: b, status: statusB }, match);
  return {
    entries,
    sections,
    stats: stats(entries, sections),
    identical: entries.every((entry) => entry.status === 'unchanged'),
    coarse: hunks.some((h) => h.coarse),
  };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

function stats(entries: readonly DiffEntry[], sections: readonly SectionChange[]): DiffStats {
  const count = (status: SectionChange['status']) => sections.filter((s) => s.status === status).length;
  const out: DiffStats = {
    moves: new Set(entries.flatMap((e) => (e.status === 'moved-to' ? [e.moveId] : []))).size,
    inserted: 0,
    deleted: 0,
    blocksAdded: 0,
    blocksRemoved: 0,
    blocksChanged: 0,
    blocksMoved: 0,
    sectionsAdded: count('added'),
    sectionsRemoved: count('removed'),
    sectionsChanged: count('changed'),
    sectionsMoved: count('moved'),
  };
  for (const entry of entries) {
    switch (entry.status) {
      case 'added':
        out.blocksAdded++;
        out.inserted += characters(entry.after);
        break;
      case 'removed':
        out.blocksRemoved++;
        out.deleted += characters(entry.before);
        break;
      case 'moved-to':
        out.blocksMoved++;
        // Moved text is no insertion, but what was edited on the way is.
        for (const s of entry.edit?.segments ?? []) {
          if (s.op === 'ins') out.inserted += characters(s.text);
          if (s.op === 'del') out.deleted += characters(s.text);
        }
        break;
      case 'changed':
        out.blocksChanged++;
        for (const s of entry.segments) {
          if (s.op === 'ins') out.inserted += characters(s.text);
          if (s.op === 'del') out.deleted += characters(s.text);
        }
    }
  }
  return out;
}

/** Code points, so a character outside the BMP counts once. */
function characters(text: string): number {
  return [...text].length;
}
