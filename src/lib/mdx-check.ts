import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { problem, type Problem } from './problem.ts';
import { headingAnchor } from './heading-anchor.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const unsafeElements = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form']);

/**
 * Checks that a version body is MDX the site can render: it parses, it holds no code (policies are
 * text; a `{` would otherwise run as JavaScript) and no active HTML.
 */
export function checkMdx(body: string, file: string, bodyLine: number): Problem[] {
  const shift = bodyLine - 1;
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as {
      reason?: string;
      message: string;
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
    const place = e.place && 'start' in e.place ? e.place.start : e.place;
    const line = place?.line ?? e.line;
    // The parser's own positions are relative to the body; the Problem carries file positions instead.
    const reason = (e.reason ?? e.message).replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '');
    return [
      problem('mdx', file, `The text is not valid MDX: ${reason.replace(/\.$/, '')}.`, mdxHint(reason), {
        line: line === undefined ? undefined : line + shift,
        column: place?.column ?? e.column,
      }),
    ];
  }
  const problems: Problem[] = [];
  const anchors = new Set<string>();
  visit(tree, (node) => {
    const at = {
      line: node.position ? node.position.start.line + shift : undefined,
      column: node.position?.start.column,
    };
    if (node.type === 'mdxjsEsm') {
      problems.push(
        problem(
          'mdx',
          file,
          'The text contains an import or export statement.',
          'Policies are text: remove the line, or escape a leading word with a backslash.',
          at,
        ),
      );
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
        problems.push(
          problem(
            'mdx',
            file,
            `MDX reads "{${node.value}}" as code, which would break the page.`,
            'Write \\{ and \\} to show braces as text.',
            at,
          ),
        );
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (unsafeElements.has(name.toLowerCase())) {
        problems.push(
          problem(
            'unsafe-html',
            file,
            `<${name}> is not allowed in a policy.`,
            'Remove the element; policies hold text, links, lists and tables only.',
            at,
          ),
        );
      } else if (/^[A-Z]/.test(name)) {
        problems.push(
          problem('mdx', file, `Unknown component <${name}>.`, 'Remove it, or write &lt; to show a "<" as text.', at),
        );
      }
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxAttribute' && /^on/i.test(attr.name)) {
          problems.push(
            problem(
              'unsafe-html',
              file,
              `The event handler "${attr.name}" on <${name}> is not allowed.`,
              'Remove the attribute.',
              at,
            ),
          );
        } else if (
          attr.type === 'mdxJsxAttribute' &&
          typeof attr.value === 'string' &&
          /^\s*javascript:/i.test(attr.value)
        ) {
          problems.push(
            problem(
              'unsafe-html',
              file,
              `A javascript: link on <${name}> is not allowed.`,
              'Link to an https:// address instead.',
              at,
            ),
          );
        } else if (attr.type === 'mdxJsxExpressionAttribute') {
          problems.push(
            problem(
              'mdx',
              file,
              `<${name}> has an attribute written as code.`,
              'Write attributes as name="value".',
              at,
            ),
          );
        }
      }
    } else if (node.type === 'heading') {
      // Two headings with one fixed anchor would give the page duplicate ids and break links to the second.
      const { id } = headingAnchor(toString(node));
      if (id !== undefined && anchors.has(id))
        problems.push(
          problem(
            'mdx',
            file,
            `Two headings use the anchor "#${id}".`,
            'Give each heading its own anchor, or remove one \\{#…\\}.',
            at,
          ),
        );
      if (id !== undefined) anchors.add(id);
    } else if (node.type === 'link' && /^\s*javascript:/i.test(node.url)) {
      problems.push(
        problem('unsafe-html', file, 'A javascript: link is not allowed.', 'Link to an https:// address instead.', at),
      );
    }
  });
  return problems;
}

function mdxHint(reason: string): string {
  if (/expected a closing tag|closing tag|end of file in element/i.test(reason))
    return 'Close the tag (<b>…</b>), or write &lt; to show a "<" as text.';
  if (/expression|acorn|brace|`\{`|`\}`/i.test(reason)) return 'Write \\{ and \\} to show braces as text.';
  if (/before name|character `<`|tag/i.test(reason)) return 'Write &lt; (or \\<) to show a "<" as text.';
  return 'Fix the MDX at that line; characters with a meaning in MDX ({ } < >) must be escaped with a backslash.';
}
