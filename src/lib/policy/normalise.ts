/**
 * Canonical form of an MDX policy source, so that revisions which differ only in
 * encoding details (BOM, line endings, spacing) parse to the same blocks.
 */

const FRONTMATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;
/** Spaces that editors paste from Word or CJK input methods. */
const WIDE_SPACES = /[\u3000\u00A0]/g;
const LEADING = /^[ \t\u3000\u00A0]*/;

/**
 * Strip BOM and frontmatter, turn CRLF/CR into LF, full-width and no-break spaces
 * into plain spaces, collapse runs of spaces inside lines and drop trailing spaces.
 */
export function normalise(source: string): string {
  const text = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(FRONTMATTER, '');
  return text.split('\n').map(normaliseLine).join('\n');
}

function normaliseLine(line: string): string {
  const lead = LEADING.exec(line)?.[0] ?? '';
  // Leading ASCII spaces are Markdown structure (list nesting) and stay; leading
  // full-width spaces are the Chinese paragraph indent, which as ASCII spaces
  // could turn a paragraph into an indented code block.
  const indent = lead.replace(WIDE_SPACES, '');
  const body = line
    .slice(lead.length)
    .replace(WIDE_SPACES, ' ')
    .replace(/[ \t]+/g, ' ')
    .trimEnd();
  return body === '' ? '' : indent + body;
}
