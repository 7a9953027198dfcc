/**
 * Writes what search needs to suggest a spelling (src/lib/search/suggest.ts): the words of the site's
 * texts and vocabulary with how often they occur, and the pinyin of the characters a reader may
 * type, made with pinyin-pro at build time so the browser needs no pinyin library.
 */
import { pinyin } from 'pinyin-pro';
import type { Catalog } from '../model/catalog.ts';
import { siteTerms, siteTexts } from './search-lexicon.ts';
import type { Fold } from '../search/fold.ts';
import type { SuggestFile } from '../search/suggest.ts';
import { keptWordSegments, type WordSegments } from './word-segments.ts';

const han = /^\p{Script=Han}+$/u;
const latin = /^[a-z][a-z0-9]*$/;
/** At most this many words: the most frequent. */
const MAX_WORDS = 4000;

/** The 3,755 characters of GB 2312's first level: those a reader types most, typo or not. */
function commonCharacters(): string {
  const decoder = new TextDecoder('gb18030');
  let chars = '';
  for (let high = 0xb0; high <= 0xd7; high++)
    for (let low = 0xa1; low <= 0xfe && !(high === 0xd7 && low > 0xf9); low++)
      chars += decoder.decode(new Uint8Array([high, low]));
  return chars;
}

/** `segments` cuts a text into words: a build passes one that keeps them between builds. */
export function buildSuggestions(
  catalog: Catalog,
  groups: readonly string[][],
  fold: Fold,
  segments: WordSegments = keptWordSegments(undefined).segments,
): SuggestFile {
  const counts = new Map<string, number>();
  const count = (word: string, by: number) => counts.set(word, (counts.get(word) ?? 0) + by);
  // Each distinct block is segmented once, its words counted as often as the block occurs.
  for (const [text, times] of siteTexts(catalog)) {
    let previous: string | undefined;
    for (const word of segments(fold(text))) {
      if (word === '') {
        previous = undefined;
        continue;
      }
      if ((han.test(word) && word.length >= 2) || (latin.test(word) && word.length >= 3)) count(word, times);
      // Two words in a row make the phrases readers type (个人 + 信息).
      if (previous !== undefined && han.test(word) && han.test(previous) && previous.length + word.length <= 6)
        count(previous + word, times);
      previous = han.test(word) ? word : undefined;
    }
  }
  const frequent = [...counts].filter(([word, n]) => n >= (han.test(word) && word.length > 3 ? 3 : 2));
  frequent.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = new Map(frequent.slice(0, MAX_WORDS));
  // The vocabulary's words are always offered: they are what readers are expected to type.
  // So are the terms the texts define.
  for (const word of [...groups.flat(), ...siteTerms(catalog)])
    words.set(fold(word), Math.max(words.get(fold(word)) ?? 0, 1));
  const chars = new Set(commonCharacters());
  for (const word of words.keys()) for (const c of word) if (han.test(c)) chars.add(c);
  const bySyllable = new Map<string, string>();
  for (const c of [...chars].sort()) {
    for (const syllable of new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true })))
      if (/^[a-zü]+$/.test(syllable)) bySyllable.set(syllable, (bySyllable.get(syllable) ?? '') + c);
  }
  return {
    pinyin: Object.fromEntries([...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1))),
    words: [...words.keys()],
    counts: [...words.values()],
  };
}
