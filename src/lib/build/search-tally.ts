/**
 * What the search lexicon and suggestions count of a site's texts (src/lib/build/search-lexicon.ts,
 * search-suggest.ts): each distinct text block and how often it occurs, the characters of the
 * blocks, and the words and phrases readers may type. Kept between builds, a tally is brought up to
 * date by the blocks that came or went — a new version brings a few dozen of a site's thousands —
 * rather than counted again from every text; counted from nothing, it is the same tally.
 */
import { makeFold } from '../search/fold.ts';
import { segmentWords, type WordSegments } from './word-segments.ts';

export interface Tally {
  /** Each distinct block of the site's texts and how often it occurs. */
  blocks: Map<string, number>;
  /** Each character of the blocks and how many distinct blocks hold it. */
  chars: Map<string, number>;
  /** Each word and phrase of the folded blocks (as `countWords` counts them) and how often it occurs. */
  words: Map<string, number>;
  /** The lexicon's fold table the words were counted under. */
  fold: string;
}

/** A block whose number of occurrences changed by `by` (negative: it occurs less, or no more). */
interface Change {
  text: string;
  by: number;
}

let segmenter: Intl.Segmenter | undefined;
const segmentZh: WordSegments = (text) =>
  segmentWords(text, (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })));

/**
 * The first step: the site's blocks now (`siteTexts`) against the tally's, its characters brought
 * up to date. The lexicon is made from those characters; `countWords` then finishes the tally
 * under the lexicon's fold. `before` is changed in place.
 */
export function tallyBlocks(blocks: Map<string, number>, before?: Tally): { tally: Tally; changes: Change[] } {
  const tally = before ?? { blocks: new Map(), chars: new Map(), words: new Map(), fold: '' };
  const changes: Change[] = [];
  for (const [text, times] of blocks) {
    const was = tally.blocks.get(text) ?? 0;
    if (times === was) continue;
    changes.push({ text, by: times - was });
    if (was === 0) for (const c of new Set(text)) tally.chars.set(c, (tally.chars.get(c) ?? 0) + 1);
  }
  for (const [text, was] of tally.blocks) {
    if (blocks.has(text)) continue;
    changes.push({ text, by: -was });
    for (const c of new Set(text)) {
      const left = (tally.chars.get(c) ?? 0) - 1;
      if (left > 0) tally.chars.set(c, left);
      else tally.chars.delete(c);
    }
  }
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
  segment: WordSegments = segmentZh,
): Tally {
  const now = makeFold(fold);
  const then = tally.fold === fold ? now : makeFold(tally.fold);
  for (const { text, by } of changes)
    countBlock(tally.words, (by < 0 && !tally.blocks.has(text) ? then : now)(text), by, segment);
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
