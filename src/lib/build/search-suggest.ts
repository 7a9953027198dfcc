/**
 * Writes what search needs to suggest a spelling (src/lib/search/suggest.ts): the words of the site's
 * texts and vocabulary with how often they occur, and the pinyin of the characters a reader may
 * type, made with pinyin-pro at build time so the browser needs no pinyin library.
 */
import { pinyin } from 'pinyin-pro';
import type { Fold } from '../search/fold.ts';
import type { SuggestFile } from '../search/suggest.ts';

const han = /^\p{Script=Han}+$/u;
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

/**
 * `words` are the words and phrases of the site's texts with how often they occur (a tally's,
 * src/lib/build/search-tally.ts); `terms` the terms the texts define.
 */
export function buildSuggestions(
  words: ReadonlyMap<string, number>,
  groups: readonly string[][],
  terms: readonly string[],
  fold: Fold,
): SuggestFile {
  const frequent = [...words].filter(([word, n]) => n >= (han.test(word) && word.length > 3 ? 3 : 2));
  frequent.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const offered = new Map(frequent.slice(0, MAX_WORDS));
  // The vocabulary's words are always offered: they are what readers are expected to type.
  // So are the terms the texts define.
  for (const word of [...groups.flat(), ...terms]) offered.set(fold(word), Math.max(offered.get(fold(word)) ?? 0, 1));
  const chars = new Set(commonCharacters());
  for (const word of offered.keys()) for (const c of word) if (han.test(c)) chars.add(c);
  const bySyllable = new Map<string, string>();
  for (const c of [...chars].sort()) {
    for (const syllable of new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true })))
      if (/^[a-zü]+$/.test(syllable)) bySyllable.set(syllable, (bySyllable.get(syllable) ?? '') + c);
  }
  return {
    pinyin: Object.fromEntries([...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1))),
    words: [...offered.keys()],
    counts: [...offered.values()],
  };
}
