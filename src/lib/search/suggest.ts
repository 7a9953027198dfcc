/**
 * "Did you mean": the known word closest to what was typed, by characters and, for Chinese, by
 * sound (身份正 → 身份证, 个人信心 → 个人信息), or by letters for Latin script (cokie → cookie). The
 * build writes the words of the site and their pinyin (src/lib/build/search-suggest.ts); search
 * loads them only when a query finds little. Pure; runs in the browser.
 */
import type { Fold } from './fold.ts';

export interface SuggestFile {
  /** Each syllable (without tone) and the characters read so. */
  pinyin: Record<string, string>;
  /** The site's words (folded), and how often each occurs. */
  words: string[];
  counts: number[];
}

export interface Speller {
  readings: Map<string, string[]>;
  words: { word: string; count: number }[];
  known: Set<string>;
}

export function spellerOf(file: SuggestFile): Speller {
  const readings = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(file.pinyin))
    for (const c of chars) readings.set(c, [...(readings.get(c) ?? []), syllable]);
  const words = file.words.map((word, i) => ({ word, count: file.counts[i] ?? 1 }));
  return { readings, words, known: new Set(file.words) };
}

const han = /^\p{Script=Han}+$/u;
const latin = /^[a-z][a-z0-9]*$/;

/** Weighted edit distance: `cost(a, b)` for a substitution, 1 to insert or delete. */
function distance<T>(a: readonly T[], b: readonly T[], cost: (x: T, y: T) => number): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost(a[i - 1]!, b[j - 1]!));
    row = next;
  }
  return row[b.length]!;
}

/** Two syllables that differ by one letter at the end or a nasal (xin/xi, zheng/zhen) sound alike. */
const nearSyllables = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** How far apart two characters are: 0 alike, less than 1 when they sound the same or nearly. */
function charCost(speller: Speller) {
  return (a: string, b: string): number => {
    if (a === b) return 0;
    const ra = speller.readings.get(a) ?? [];
    const rb = speller.readings.get(b) ?? [];
    if (ra.some((r) => rb.includes(r))) return 0.4;
    if (ra.some((r) => rb.some((s) => nearSyllables(r, s)))) return 0.7;
    return 1;
  };
}

/** How close a Chinese word must be, by its length: two characters only by sound. */
const hanLimit = (length: number) => (length <= 2 ? 0.4 : length === 3 ? 1 : 1.5);
/** How many letters may be wrong in a Latin word, by its length. */
const latinLimit = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** The known word closest to `typed` (folded), or undefined when none is close or `typed` is known. */
function closest(typed: string, speller: Speller): string | undefined {
  if (speller.known.has(typed)) return undefined;
  const isHan = han.test(typed);
  if (!isHan && !latin.test(typed)) return undefined;
  const chars = [...typed];
  const cost = charCost(speller);
  const limit = isHan ? hanLimit(chars.length) : latinLimit(chars.length);
  let best: { word: string; d: number; count: number } | undefined;
  for (const { word, count } of speller.words) {
    const other = [...word];
    if (Math.abs(other.length - chars.length) > 1 || (isHan ? !han.test(word) : !latin.test(word))) continue;
    // A Chinese suggestion keeps some of what was typed.
    if (isHan && !other.some((c) => chars.includes(c))) continue;
    const d = isHan ? distance(chars, other, cost) : distance(chars, other, (a, b) => (a === b ? 0 : 1));
    if (d > limit || d === 0) continue;
    if (best === undefined || d < best.d || (d === best.d && count > best.count)) best = { word, d, count };
  }
  return best?.word;
}

/** A spelling of `query` that the site's texts hold, chunk by chunk, or undefined when none is better. */
export function suggestQuery(query: string, speller: Speller, fold: Fold): string | undefined {
  const chunks = query.trim().split(/\s+/u).filter(Boolean);
  let changed = false;
  const suggested = chunks.map((chunk) => {
    const better = closest(fold(chunk).toLowerCase(), speller);
    if (better === undefined) return chunk;
    changed = true;
    return better;
  });
  return changed ? suggested.join(' ') : undefined;
}
