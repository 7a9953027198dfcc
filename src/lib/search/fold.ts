/**
 * Folding text for search, the same for a page's text and for a query, so that what a reader types
 * matches what a policy says however either is written: full-width and half-width forms, Latin case,
 * traditional and simplified characters, variant characters (帐/账, 於/于). Pure; runs in the browser.
 *
 * Folding maps one UTF-16 unit to one, so a position in folded text is the same position in the
 * original: a match found in folded text is highlighted in the text as written.
 */

/**
 * Variant characters, as pairs of a form and the form it folds to: the one mainland policies use
 * (帐号 and 账号 are one word to a reader, 帐篷 does not occur in a privacy policy).
 */
export const VARIANTS = '帐账於于裡里裏里綫线麪面祕秘衆众僞伪峯峰冊册';

export type Fold = (text: string) => string;

/** Chinese is compared without whitespace, which the page text puts between headings and paragraphs. */
export const squeeze = (text: string) => text.replace(/\s+/gu, '');

/**
 * A fold from `pairs`: a string of character pairs, each a form and what it folds to (the
 * build's lexicon holds traditional → simplified for every character of the site's texts).
 */
export function makeFold(pairs: string): Fold {
  const table = new Map<string, string>();
  const add = (list: string) => {
    const chars = [...list];
    for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  };
  add(pairs);
  add(VARIANTS);
  // Folding is one step however the table was made: 帳 → 帐 → 账 becomes 帳 → 账.
  for (const [from, to] of table) {
    let end = to;
    for (let step = 0; step < 4 && table.has(end) && table.get(end) !== end; step++) end = table.get(end)!;
    table.set(from, end);
  }
  const cache = new Map<string, string>();
  const one = (c: string): string => {
    let folded = cache.get(c);
    if (folded !== undefined) return folded;
    // NFKC turns full-width Latin, digits and punctuation into their usual forms; only one-unit results
    // are kept, so positions stay put.
    const compat = c.normalize('NFKC');
    const base = compat.length === 1 ? compat : c;
    const lower = base.toLowerCase();
    folded = table.get(lower.length === 1 ? lower : base) ?? (lower.length === 1 ? lower : base);
    cache.set(c, folded);
    return folded;
  };
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A surrogate pair (a character outside the BMP) is kept as it is.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        out += text.slice(i, i + 2);
        i++;
        continue;
      }
      out += one(text[i]!);
    }
    return out;
  };
}

/** The start every form of an English word shares, for matching word starts: "cookies" → "cook", "rights" → "right". */
export function stemLatin(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  // "-ies" is "-y" (policies) or "-ie" (cookies): the stem keeps what both share.
  if (/ies$/.test(w) && w.length > 6) return w.slice(0, -3);
  if (/(sses|shes|ches|xes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}
