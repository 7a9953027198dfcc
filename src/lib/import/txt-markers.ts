/**
 * The numbering of Chinese legal texts, outermost first. A marker's rank decides heading depth:
 * 第一部分 > 第一章 > 第一条 > 一、 > （一） > 1、/1. > (1) > ①.
 */
const NUM = '[一二三四五六七八九十百零〇两]+';
const markers: RegExp[] = [
  new RegExp(`^第(?:${NUM}|\\d+)部分`),
  new RegExp(`^第(?:${NUM}|\\d+)章`),
  new RegExp(`^第(?:${NUM}|\\d+)条`),
  new RegExp(`^${NUM}[、．.]`),
  new RegExp(`^[(（]${NUM}[)）]`),
  /^\d{1,2}(?:、|[.．](?!\d))/,
  /^[(（]?\d{1,2}[)）]/,
  /^[①-⑳]/,
];

/** Letters used as item labels in lists ("a 您在电商平台…", "b) …"); never headings. */
const letterItem = /^[a-z](?:[、.．)）]|\s+(?=\S))/;
/** Bullet characters scraped from web lists. `*` is left out: in these texts it starts a note. */
const bullet = /^(?:[•·●▪■◆◇○▶►]|-\s)\s*/;

export interface Marker {
  rank: number;
  /** The marker as written, e.g. "一、" or "(1)". */
  text: string;
  /** Its number: 8 for "八、", 3 for "(3)"; NaN when it cannot be read. */
  number: number;
}

export function markerOf(line: string): Marker | undefined {
  for (const [rank, pattern] of markers.entries()) {
    const match = pattern.exec(line);
    if (match) return { rank, text: match[0], number: readNumber(match[0]) };
  }
  return undefined;
}

const digits = '零一二三四五六七八九';

function readNumber(marker: string): number {
  const circled = marker.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return circled - 0x245f;
  const arabic = /\d+/.exec(marker);
  if (arabic) return Number(arabic[0]);
  const chinese = /[一二三四五六七八九十]+/.exec(marker)?.[0] ?? '';
  const [tens = '', units = ''] = chinese.includes('十') ? chinese.split('十') : ['', chinese];
  const value = (text: string, empty: number) => (text === '' ? empty : digits.indexOf(text));
  return chinese.includes('十') ? value(tens, 1) * 10 + value(units, 0) : value(units, Number.NaN);
}

/** Whether `b` is the item numbered right after `a` at the same level: 一、 then 二、. */
export function isNextSibling(a: Marker, b: Marker): boolean {
  return a.rank === b.rank && b.number === a.number + 1;
}

/** The line without its bullet, when it is a bulleted or lettered list item. */
export function listItemText(line: string): string | undefined {
  const b = bullet.exec(line);
  if (b) return line.slice(b[0].length);
  return letterItem.test(line) ? line : undefined;
}

/** A line that is only a marker ("一、", "2.", "(1)") whose text was scraped onto the next line. */
export function isMarkerOnly(line: string): boolean {
  const m = markerOf(line);
  return m !== undefined && line.slice(m.text.length).trim() === '';
}

/** Punctuation that ends a sentence or a lead-in; a line ending in one is complete. */
const terminal = /[。；;！!？?：:…][”’」』）)\]]*$/;
const sentencePunctuation = /[，,。；;！!？?：:]/;

export function endsComplete(line: string): boolean {
  return terminal.test(line);
}

export function hasSentencePunctuation(text: string): boolean {
  return sentencePunctuation.test(text);
}

/** Whether a line opens more brackets than it closes, so the sentence goes on. */
export function isUnbalanced(line: string): boolean {
  const open = (line.match(/[(（]/g) ?? []).length;
  const close = (line.match(/[)）]/g) ?? []).length;
  return open > close;
}

/** A short numbered line without sentence punctuation (a final 。 aside): a section title, not an item. */
export function isHeadingLike(line: string): boolean {
  const m = markerOf(line);
  if (!m) return false;
  const rest = line.slice(m.text.length).trim().replace(/。$/, '');
  return rest.length > 0 && [...rest].length <= 40 && !hasSentencePunctuation(rest) && !isUnbalanced(line);
}
