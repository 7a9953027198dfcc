import type { Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { keptValues } from '../markup/kept.ts';
import { splitSections } from './sections.ts';

/**
 * The one parser configuration for policy texts: MDX syntax (so `<abbr title="…">` and `\{` work as
 * editors expect) with GitHub-flavoured Markdown (tables, footnotes, autolinks), and emphasis rules
 * that fit Chinese: CommonMark does not close `*了解更多：*您` (punctuation before the closing `*`,
 * a letter after it), which reaches readers as literal asterisks; remark-cjk-friendly lets such
 * emphasis open and close beside CJK characters and punctuation. The build, lint,
 * the importers and the diff all parse with this, so they agree on what a text is. The tree is only
 * ever read and rendered to HTML by src/lib/policy/render.ts; nothing in it is compiled or run.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCjkFriendly);

/**
 * Sections already parsed, by their text. The versions of a policy share most of their sections,
 * and parsing is most of the cost of loading a site, so each distinct section is parsed once.
 */
const sections = keptValues<RootContent[]>(50_000);

/**
 * Parses a policy body; throws the parser's message (with `place`) when it is not valid MDX. The
 * tree is the one a parse of the whole body gives (src/lib/policy/sections.ts says why), built
 * section by section; a section that does not parse alone sends the whole body to the parser, so
 * a mistake is reported where it is in the text.
 */
export function parseMarkdown(body: string): Root {
  const parts = splitSections(body);
  if (parts === undefined || parts.length < 2) return parseWhole(body);
  const children: RootContent[] = [];
  for (const part of parts) {
    let parsed: RootContent[];
    try {
      parsed = sections(part.text, () => parser.parse(part.text).children);
    } catch {
      return parseWhole(body);
    }
    // A copy each time, at the section's place: trees are read by callers that may annotate them.
    for (const node of parsed) children.push(placed(node, part.line - 1, part.offset) as RootContent);
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(body) } };
}

/** The parser on the whole body at once: what parseMarkdown's tree always equals. */
export function parseWhole(body: string): Root {
  return parser.parse(body);
}

/** A deep copy of a node with every unist position moved down `lines` lines and on `offset` characters. */
function placed(value: unknown, lines: number, offset: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = placed(value[i], lines, offset);
    return list;
  }
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key in source) {
    const v = source[key];
    out[key] =
      key === 'position' && v !== undefined ? movedPosition(v as Position, lines, offset) : placed(v, lines, offset);
  }
  return out;
}

type Point = { line: number; column: number; offset?: number };
type Position = { start: Point; end: Point };

function movedPosition(position: Position, lines: number, offset: number): Position {
  const move = (p: Point): Point => ({
    line: p.line + lines,
    column: p.column,
    ...(p.offset === undefined ? {} : { offset: p.offset + offset }),
  });
  return { ...position, start: move(position.start), end: move(position.end) };
}

/** Where a parse of the whole body ends: after its last character. */
function endOf(body: string): Point {
  let line = 1;
  let lastBreak = -1;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: body.length - lastBreak, offset: body.length };
}
