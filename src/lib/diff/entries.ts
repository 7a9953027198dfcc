/** Writing the redline entries in reading order. Pure, runs in the browser. */
import type { Block, DiffEntry, EntryStatus, Segment, Trivial } from './model.ts';
import type { Moves } from './moves.ts';
import type { Pair } from './pair.ts';

/**
 * Walks both versions in step, from the start, emitting one entry per block:
 * the caller says how far each stretch goes. Also records what the section
 * summary needs: each block's status, and which old block each new one continues.
 */
export class Redline {
  readonly entries: DiffEntry[] = [];
  readonly statusA: EntryStatus[] = [];
  readonly statusB: EntryStatus[] = [];
  /** New block index → old block index, for unchanged, changed and moved blocks. */
  readonly match = new Map<number, number>();
  private readonly a: readonly Block[];
  private readonly b: readonly Block[];
  private readonly moves: Moves;
  private i = 0;
  private j = 0;

  constructor(a: readonly Block[], b: readonly Block[], moves: Moves) {
    this.a = a;
    this.b = b;
    this.moves = moves;
  }

  /** Blocks that correspond one to one, up to old index `aStop`. */
  keepUntil(aStop: number): void {
    for (; this.i < aStop; this.i++, this.j++) {
      const after = at(this.b, this.j);
      const before = at(this.a, this.i).text;
      this.emit({ ...base(after), status: 'unchanged', before, after: after.text }, this.i, this.j);
    }
  }

  /** Old blocks up to `aStop` as removed (or moved away), then new ones up to `bStop` as added (or moved here). */
  replaceUntil(aStop: number, bStop: number): void {
    for (; this.i < aStop; this.i++) {
      const block = at(this.a, this.i);
      const moveId = this.moves.id.get(this.i);
      if (moveId === undefined) this.emit({ ...base(block), status: 'removed', before: block.text }, this.i);
      else this.emit({ ...base(block), status: 'moved-from', before: block.text, moveId }, this.i);
    }
    for (; this.j < bStop; this.j++) {
      const block = at(this.b, this.j);
      const source = this.moves.from.get(this.j);
      const moveId = source === undefined ? undefined : this.moves.id.get(source);
      if (source === undefined || moveId === undefined) {
        this.emit({ ...base(block), status: 'added', after: block.text }, undefined, this.j);
      } else {
        const segments = this.moves.edits.get(source);
        const edit = segments ? { before: at(this.a, source).text, segments, trivial: trivialOf(segments) } : null;
        this.emit({ ...base(block), status: 'moved-to', after: block.text, moveId, edit }, undefined, this.j);
        this.match.set(this.j, source);
      }
    }
  }

  /** An edited block; the cursors must have reached the pair. */
  change({ ai, bi, segments }: Pair): void {
    const after = at(this.b, bi);
    const before = at(this.a, ai).text;
    this.emit(
      { ...base(after), status: 'changed', before, after: after.text, segments, trivial: trivialOf(segments) },
      ai,
      bi,
    );
    this.i = ai + 1;
    this.j = bi + 1;
  }

  /** `ai` / `bi`: the entry's block index in the old / new version, if it shows that version. */
  private emit(entry: DiffEntry, ai: number | undefined, bi?: number): void {
    this.entries.push(entry);
    if (ai !== undefined) this.statusA[ai] = entry.status;
    if (bi !== undefined) this.statusB[bi] = entry.status;
    if (ai !== undefined && bi !== undefined) this.match.set(bi, ai);
  }
}

const PUNCTUATION = /^[\p{P}\p{S}\s]*$/u;
const SPACE = /^\s*$/u;

/** Whether an edit only touches punctuation or spacing: such edits are labelled so a reader can tell them apart. */
export function trivialOf(segments: readonly Segment[]): Trivial {
  const changed = segments.filter((s) => s.op !== 'equal').map((s) => s.text);
  if (changed.length === 0) return null;
  if (changed.every((t) => SPACE.test(t))) return 'whitespace';
  return changed.every((t) => PUNCTUATION.test(t)) ? 'punctuation' : null;
}

/** Indices come from the alignment, so a missing block is a bug. */
function at(blocks: readonly Block[], index: number): Block {
  const block = blocks[index];
  if (block === undefined) throw new RangeError(`No block at ${index}`);
  return block;
}

function base({ kind, depth, section }: Block): Pick<DiffEntry, 'kind' | 'depth' | 'section'> {
  return depth === undefined ? { kind, section } : { kind, depth, section };
}
