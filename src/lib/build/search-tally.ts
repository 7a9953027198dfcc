/**
 * What the search lexicon and suggestions count of a site's texts (src/lib/build/search-lexicon.ts,
 * search-suggest.ts): each distinct text block and how often it occurs, the characters of the
 * blocks, and the words and phrases readers may type. Kept between builds, a tally is brought up to
 * date by the blocks that came or went — a new version brings a few dozen of a site's thousands —
 * rather than counted again from every text; counted from nothing, it is the same tally.
 */
import { createHash } from 'node:crypto';
import { makeFold } from '../search/fold.ts';
import { segmentWords, type WordSegments } from './word-segments.ts';

export interface Tally {
  /**
   * Each text counted, by its name (VersionRecord's textKey), with the ids of its blocks in order,
   * written one after another (ID_LENGTH characters each): one string a text keeps the tally small
   * to read back.
   */
  texts: Map<string, string>;
  /** Each distinct block of the site's texts by id (`blockId`): its text. */
  blocks: Map<string, string>;
  /** Each character of the blocks and how many distinct blocks hold it. */
  chars: Map<string, number>;
  /** Each word and phrase of the folded blocks (as `countWords` counts them) and how often it occurs. */
  words: Map<string, number>;
  /** The lexicon's fold table the words were counted under. */
  fold: string;
}

/** A text of the site: its name, and its blocks, read only if the tally has not counted it. */
export interface SiteText {
  key: string;
  blocks: () => readonly { text: string }[];
}

/** A block whose number of occurrences changed by `by`; `gone` when it occurs no more. */
interface Change {
  text: string;
  by: number;
  gone: boolean;
}

/** A block's id: a hash of its text (72 bits), short enough that a tally of a large site stays small. */
const ID_LENGTH = 12;
const blockId = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, ID_LENGTH);

/** How often each block occurs in the texts. */
function occurrences(texts: Map<string, string>): Map<string, number> {
  const times = new Map<string, number>();
  for (const ids of texts.values())
    for (let at = 0; at < ids.length; at += ID_LENGTH) {
      const id = ids.slice(at, at + ID_LENGTH);
      times.set(id, (times.get(id) ?? 0) + 1);
    }
  return times;
}

/**
 * The first step: the site's texts now against the tally's, its blocks and their characters brought
 * up to date; only a text the tally has not counted is read. The lexicon is made from those
 * characters; `countWords` then finishes the tally under the lexicon's fold. `before` is changed in
 * place.
 */
export function tallyBlocks(texts: readonly SiteText[], before?: Tally): { tally: Tally; changes: Change[] } {
  const tally = before ?? { texts: new Map(), blocks: new Map(), chars: new Map(), words: new Map(), fold: '' };
  const met = new Map<string, string>();
  const counted = new Map<string, string>();
  for (const text of texts) {
    let ids = tally.texts.get(text.key);
    if (ids === undefined) {
      ids = '';
      for (const block of text.blocks()) {
        const id = blockId(block.text);
        met.set(id, block.text);
        ids += id;
      }
    }
    counted.set(text.key, ids);
  }
  const counts = occurrences(tally.texts);
  const times = occurrences(counted);
  const changes: Change[] = [];
  const blocks = new Map<string, string>();
  for (const [id, n] of times) {
    const text = tally.blocks.get(id) ?? met.get(id) ?? '';
    const was = counts.get(id) ?? 0;
    blocks.set(id, text);
    if (n === was) continue;
    changes.push({ text, by: n - was, gone: false });
    if (was === 0) for (const c of new Set(text)) tally.chars.set(c, (tally.chars.get(c) ?? 0) + 1);
  }
  for (const [id, text] of tally.blocks) {
    if (times.has(id)) continue;
    changes.push({ text, by: -(counts.get(id) ?? 0), gone: true });
    for (const c of new Set(text)) {
      const left = (tally.chars.get(c) ?? 0) - 1;
      if (left > 0) tally.chars.set(c, left);
      else tally.chars.delete(c);
    }
  }
  tally.texts = counted;
  tally.blocks = blocks;
  return { tally, changes };
}

const han = /^\p{Script=Han}+$/u;
const latin = /^[a-z][a-z0-9]*$/;

/**
 * The second step: each changed block's words counted under `fold`, the lexicon's fold table made
 * from the tally's characters. A block that is gone is taken away under the fold it was counted
 * with: its characters may have been the last to need a pair of the table. A block that stays
 * folds alike under both, since the table keeps every pair whose character a block holds.
 */
export function countWords(
  tally: Tally,
  changes: readonly Change[],
  fold: string,
  segment: WordSegments = segmentWords,
): Tally {
  const now = makeFold(fold);
  const then = tally.fold === fold ? now : makeFold(tally.fold);
  for (const { text, by, gone } of changes) countBlock(tally.words, (gone ? then : now)(text), by, segment);
  tally.fold = fold;
  return tally;
}

/** Words of two or more Han characters or three Latin letters, and two Han words in a row (个人 + 信息). */
function countBlock(words: Map<string, number>, text: string, by: number, segment: WordSegments): void {
  const count = (word: string) => {
    const n = (words.get(word) ?? 0) + by;
    if (n === 0) words.delete(word);
    else words.set(word, n);
  };
  let previous: string | undefined;
  for (const word of segment(text)) {
    if (word === '') {
      previous = undefined;
      continue;
    }
    if ((han.test(word) && word.length >= 2) || (latin.test(word) && word.length >= 3)) count(word);
    if (previous !== undefined && han.test(word) && han.test(previous) && previous.length + word.length <= 6)
      count(previous + word);
    previous = han.test(word) ? word : undefined;
  }
}
