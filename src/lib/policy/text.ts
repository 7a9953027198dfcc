import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block } from '../diff/model.ts';
import { problem, type Problem } from '../problem.ts';
import { treeBlocks } from './blocks.ts';
import { checkLimits } from './limits.ts';
import { parseMarkdown } from './markdown.ts';
import type { Term } from './glossary.ts';
import { renderPolicy, type Heading, type RenderLabels } from './render.ts';
import { checkSafety, type BodyPlace } from './safety.ts';

export type { BodyPlace } from './safety.ts';
export type { Heading } from './render.ts';
export type { Term } from './glossary.ts';

/** A link written in a text, with its file position, for the check of links between pages. */
export interface TextLink {
  url: string;
  line: number;
  column: number;
}

/** What the site shows of a version's text, all from one parse. */
export interface PolicyText {
  html: string;
  headings: Heading[];
  /** The terms its definitions part defines. */
  terms: Term[];
  blocks: Block[];
  links: TextLink[];
}

export type Checked = { problems: Problem[]; tree: Root } | { problems: Problem[]; tree?: undefined };

/**
 * Parses a policy body and checks it against the safety policy, in the order that keeps hostile
 * input harmless: size limits before parsing, the allowlist before rendering. Never throws.
 */
export function checkPolicy(body: string, place: BodyPlace): Checked {
  const limits = checkLimits(body, place.file, place.bodyLine);
  if (limits.length > 0) return { problems: limits };
  let tree: Root;
  try {
    tree = parseMarkdown(body);
  } catch (error) {
    return { problems: [parseProblem(error, place)] };
  }
  return { problems: checkSafety(tree, place), tree };
}

/** Checks and, when the text is allowed, renders it: HTML, headings and diff blocks. */
export function processPolicy(
  body: string,
  place: BodyPlace,
  labels: RenderLabels,
): { problems: Problem[]; text?: PolicyText } {
  const checked = checkPolicy(body, place);
  if (checked.tree === undefined || checked.problems.length > 0) return { problems: checked.problems };
  const text = {
    ...renderPolicy(checked.tree, labels),
    blocks: treeBlocks(checked.tree),
    links: treeLinks(checked.tree, place),
  };
  return { problems: [], text };
}

/** Markdown links and definitions, and `<a href>` written as HTML. */
function treeLinks(tree: Root, place: BodyPlace): TextLink[] {
  const out: TextLink[] = [];
  const add = (url: string, node: Nodes) => {
    const start = node.position?.start;
    out.push({ url, line: (start?.line ?? 1) + place.bodyLine - 1, column: start?.column ?? 1 });
  };
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') add(node.url, node);
    else if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
      for (const attr of node.attributes)
        if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string')
          add(attr.value, node);
    }
  });
  return out;
}

interface ParserMessage {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

function parseProblem(error: unknown, place: BodyPlace): Problem {
  if (error instanceof RangeError) {
    return problem(
      'limits',
      place.file,
      'The text is nested too deeply to read.',
      'Flatten lists, quotes and HTML elements.',
      {
        line: place.bodyLine,
      },
    );
  }
  const e = error as ParserMessage;
  const at = e.place && 'start' in e.place ? e.place.start : e.place;
  const line = at?.line ?? e.line;
  // The parser's own positions are relative to the body; the Problem carries file positions instead.
  const reason = (e.reason ?? e.message).replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '');
  return problem('mdx', place.file, `The text is not valid MDX: ${reason.replace(/\.$/, '')}.`, parseHint(reason), {
    line: line === undefined ? undefined : line + place.bodyLine - 1,
    column: at?.column ?? e.column,
  });
}

function parseHint(reason: string): string {
  if (/expected a closing tag|closing tag|end of file in element/i.test(reason))
    return 'Close the tag (<b>…</b>), or write &lt; to show a "<" as text.';
  if (/expression|acorn|brace|`\{`|`\}`/i.test(reason)) return 'Write \\{ and \\} to show braces as text.';
  if (/before name|character `<`|tag/i.test(reason)) return 'Write &lt; (or \\<) to show a "<" as text.';
  return 'Fix the MDX at that line; characters with a meaning in MDX ({ } < >) must be escaped with a backslash.';
}
