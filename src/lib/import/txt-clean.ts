import { note, type Note } from './converted.ts';
import { footerStart, isJunkLine, type Line } from './txt-junk.ts';
import { endsComplete, isHeadingLike, isMarkerOnly, isUnbalanced, listItemText, markerOf } from './txt-markers.ts';

export interface Cleaned {
  title: string | undefined;
  /** Logical lines (broken lines rejoined), grouped by the blank lines of the input. */
  blocks: Line[][];
  dropped: Note[];
}

/** Words that name a policy: a line or heading holding one may be the document's title. */
export const titleWord = /政策|声明|协议|条款|指引|方针|规则|须知|policy|notice|statement|terms/i;

/** Turns scraped text into clean logical lines: junk dropped, title taken out, broken lines joined. */
export function cleanText(raw: string): Cleaned {
  const dropped: Note[] = [];
  const drop = (l: Line, why: string) => dropped.push(note(`${l.text}  (${why})`, l.line));
  let lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, i): Line => ({ text: tidy(text), line: i + 1 }));
  const footer = footerStart(lines);
  for (const l of lines.slice(footer)) if (l.text !== '') drop(l, 'page footer or link list');
  lines = lines.slice(0, footer).filter((l) => {
    if (!isJunkLine(l.text)) return true;
    drop(l, 'page junk');
    return false;
  });
  lines = glueBrandLines(repairSplitMarkers(lines));
  const title = takeTitle(lines, drop);
  return { title, blocks: joinBlocks(toBlocks(lines)), dropped: dropped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

function tidy(text: string): string {
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** "(", "1", ")" on three lines (a scrape of a styled list number) become "(1)". */
function repairSplitMarkers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [a, b, c] = [lines[i], lines[i + 1], lines[i + 2]];
    if (
      a &&
      b &&
      c &&
      /^[(（]$/.test(a.text) &&
      /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(b.text) &&
      /^[)）]$/.test(c.text)
    ) {
      out.push({ text: `(${b.text})`, line: a.line });
      i += 2;
    } else if (a) out.push(a);
  }
  return out;
}

/**
 * Some pages render the brand name in its own element, so the scrape puts it on a line of its own
 * in the middle of sentences. A short line without punctuation that recurs three or more times is
 * taken for such a name and glued to the line after it.
 */
function glueBrandLines(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const isBrand = (text: string) =>
    text !== '' && [...text].length <= 12 && !/\p{P}/u.test(text) && !markerOf(text) && (counts.get(text) ?? 0) >= 3;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [l, next] = [lines[i], lines[i + 1]];
    if (l && next && next.text !== '' && isBrand(l.text)) {
      out.push({ text: l.text + next.text, line: l.line });
      i++;
    } else if (l) out.push(l);
  }
  return out;
}

/**
 * The title is the first of the opening lines that names a policy ("…隐私政策"); lines above it are
 * page furniture. Later lines that only repeat the title are dropped too. Removes them from `lines`.
 */
function takeTitle(lines: Line[], drop: (l: Line, why: string) => void): string | undefined {
  const opening = lines.filter((l) => l.text !== '').slice(0, 5);
  const titleLine = opening.find((l) => titleWord.test(l.text) && [...l.text].length <= 40) ?? opening[0];
  if (!titleLine) return undefined;
  for (const l of opening.slice(0, opening.indexOf(titleLine))) {
    drop(l, 'before the title');
    lines.splice(lines.indexOf(l), 1);
  }
  lines.splice(lines.indexOf(titleLine), 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l && l.text === titleLine.text) {
      drop(l, 'repeats the title');
      lines.splice(i, 1);
    }
  }
  return titleLine.text;
}

function toBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [[]];
  for (const l of lines) {
    if (l.text === '') blocks.push([]);
    else blocks.at(-1)?.push(l);
  }
  return blocks.filter((b) => b.length > 0);
}

/** Rejoins lines within each block, then blocks that a blank line split mid-sentence. */
function joinBlocks(blocks: Line[][]): Line[][] {
  const out: Line[][] = [];
  for (const block of blocks) {
    const logical: Line[] = [];
    for (const l of block) {
      const last = logical.at(-1);
      if (last && continues(last.text, l.text)) last.text = joinText(last.text, l.text);
      else logical.push({ ...l });
    }
    const previous = out.at(-1)?.at(-1);
    const first = logical[0];
    if (previous && first && /[,，、]$/.test(previous.text) && !startsItem(first.text)) {
      previous.text = joinText(previous.text, first.text);
      logical.shift();
    }
    if (logical.length > 0) out.push(logical);
  }
  return out;
}

/** Whether `next` continues the sentence in `current` rather than starting a new line of text. */
function continues(current: string, next: string): boolean {
  if (/^[、，,。；;：:！!？?”’」』]/.test(next)) return true;
  if (/^[)）]/.test(next)) return isUnbalanced(current);
  if (isUnbalanced(current) || isMarkerOnly(current)) return true;
  if (startsItem(next)) return false;
  return !endsComplete(current) && !isHeadingLike(current);
}

function startsItem(text: string): boolean {
  return markerOf(text) !== undefined || listItemText(text) !== undefined;
}

function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
