/**
 * Where a policy text may be cut into pieces that parse alone exactly as they do in the whole text,
 * outside fenced code:
 * - before a top-level ATX heading (`#` at the start of a line): such a line always begins a
 *   heading, whatever came before (it ends a list, a quote or a table, and interrupts a paragraph);
 * - before a line that follows a blank line and starts with a letter or an opening bracket or
 *   quote mark: after a blank line, an unindented line that is no list marker, quote, fence, table
 *   or tag can only begin a new paragraph, which ends any list or quote before it.
 * So nothing of one piece reaches into the next — except a link or footnote definition, which
 * counts for the whole text: a text holding one is not cut at all. A construct that truly spans a
 * cut (a JSX element, an expression) makes a piece fail to parse, and the caller then parses the
 * whole text.
 */

export interface Section {
  text: string;
  /** The section's first line in the text (1-based) and its offset in characters. */
  line: number;
  offset: number;
}

const heading = /^#{1,6}(?:[ \t]|$)/;
const paragraph = /^[\p{L}（“‘《〈【「『]/u;
const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const definition = /^[ \t>]*\[[^\]\n]*\]:/m;

/** The sections of a text, or undefined when it must be parsed whole. */
export function splitSections(body: string): Section[] | undefined {
  if (definition.test(body)) return undefined;
  const sections: Section[] = [];
  let open: { char: string; length: number } | undefined;
  let start = 0;
  let startLine = 1;
  let offset = 0;
  let line = 1;
  let afterBlank = false;
  while (offset < body.length) {
    const end = body.indexOf('\n', offset);
    const next = end === -1 ? body.length : end + 1;
    const text = body.slice(offset, end === -1 ? body.length : end).replace(/\r$/, '');
    const f = fence.exec(text);
    if (open !== undefined) {
      if (f && f[1]![0] === open.char && f[1]!.length >= open.length && f[2]!.trim() === '') open = undefined;
    } else if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      open = { char: f[1]![0]!, length: f[1]!.length };
    } else if ((heading.test(text) || (afterBlank && paragraph.test(text))) && offset > start) {
      sections.push({ text: body.slice(start, offset), line: startLine, offset: start });
      start = offset;
      startLine = line;
    }
    afterBlank = open === undefined && text.trim() === '';
    offset = next;
    line++;
  }
  sections.push({ text: body.slice(start), line: startLine, offset: start });
  return sections;
}
