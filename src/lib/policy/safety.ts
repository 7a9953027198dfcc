import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { problem, type Problem } from '../problem.ts';
import { allowedAttributes, SCHEMES, URL_ATTRIBUTES, VALUES } from './allowlist.ts';
import { headingAnchor, RESERVED_IDS } from './anchors.ts';
import { LIMITS } from './limits.ts';
import { isSafeLink } from './link-safety.ts';

/** Where a body sits in its file, so problems carry file lines. */
export interface BodyPlace {
  file: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

/**
 * Characters that make text display in another order than it is stored (the "Trojan Source"
 * trick): a clause could read one way and say another. Policies never need them.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

const HINT_TEXT_ONLY =
  'Policies hold text, links, lists and tables; see README, "What a policy may contain", for the HTML allowed.';

/**
 * Checks a parsed policy against the allowlist (src/lib/policy/allowlist.ts) before anything is
 * rendered: no import or export, no `{expression}` (other than a comment), no component, no
 * element or attribute outside the list, no link but https, http, mailto, tel or relative, no
 * image, and headings whose fixed anchors are unique and not the page's own ids.
 */
export function checkSafety(tree: Root, place: BodyPlace): Problem[] {
  const problems: Problem[] = [];
  const anchors = new Set<string>();
  const report = (node: Nodes, rule: string, message: string, hint: string) =>
    problems.push(problem(rule, place.file, message, hint, at(node, place)));

  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'mdx',
          'The text contains an import or export statement.',
          'Policies are text: remove the line, or write \\import to start a sentence with the word.',
        );
        continue;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node)) {
          report(
            node,
            'mdx',
            `MDX reads "{${clip(node.value)}}" as code.`,
            'Write \\{ and \\} to show braces as text.',
          );
        }
        continue;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const attributes = allowedAttributes(name);
        if (depth > LIMITS.elementDepth) {
          report(
            node,
            'limits',
            `HTML elements are nested more than ${LIMITS.elementDepth} deep here.`,
            'Remove the extra nesting.',
          );
          continue;
        }
        if (attributes === undefined) {
          if (/^[A-Z]/.test(name) || /[.:]/.test(name) || name === '') {
            report(
              node,
              'mdx',
              name === '' ? 'The text contains an empty tag <>.' : `Unknown component <${name}>.`,
              'Remove it, or write &lt; to show a "<" as text.',
            );
          } else {
            report(
              node,
              'unsafe-html',
              `<${name}> is not allowed in a policy.`,
              `Remove the element. ${HINT_TEXT_ONLY}`,
            );
          }
          continue;
        }
        for (const attribute of node.attributes) checkAttribute(node, name, attribute, attributes, report);
        break;
      }
      case 'image':
      case 'imageReference':
        report(
          node,
          'unsafe-html',
          'Images are not allowed in a policy: an image loads a file, often from another site, when the page opens.',
          'Remove the image; describe what it shows in words, or link to it.',
        );
        continue;
      case 'html':
        report(node, 'unsafe-html', 'The text contains raw HTML.', HINT_TEXT_ONLY);
        continue;
      case 'link':
      case 'definition':
        if (!isSafeLink(node.url)) {
          report(
            node,
            'unsafe-html',
            `The link "${clip(node.url)}" uses a scheme other than ${SCHEMES.join(', ')}.`,
            'Link to an https:// address, a mailto: or tel: address, or a page of this site.',
          );
        }
        break;
      case 'heading': {
        const text = toString(node);
        const { id } = headingAnchor(text);
        if (id !== undefined && anchors.has(id)) {
          report(
            node,
            'mdx',
            `Two headings use the anchor "#${id}".`,
            'Give each heading its own anchor, or remove one \\{#…\\}.',
          );
        } else if (id !== undefined && RESERVED_IDS.has(id)) {
          report(
            node,
            'mdx',
            `The anchor "#${id}" is used by the page itself.`,
            `Choose another anchor; these are taken: ${[...RESERVED_IDS].join(', ')}.`,
          );
        }
        if (id !== undefined) anchors.add(id);
        break;
      }
      case 'text':
        if (DIRECTION_CONTROLS.test(node.value)) {
          report(
            node,
            'unsafe-html',
            'The text contains an invisible character that reverses the direction of the text around it (U+202A–U+202E or U+2066–U+2069), so it would read differently from what it says.',
            'Delete the character; retype the passage if you cannot see where it is.',
          );
        }
        break;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i] as Nodes;
        const nested = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
        stack.push({ node: child, depth: nested ? depth + 1 : depth });
      }
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function checkAttribute(
  node: Nodes,
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  allowed: ReadonlySet<string>,
  report: (node: Nodes, rule: string, message: string, hint: string) => void,
): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report(node, 'mdx', `<${element}> has an attribute written as code ({…}).`, 'Write attributes as name="value".');
    return;
  }
  const name = attribute.name;
  const value = attribute.value;
  if (value !== null && value !== undefined && typeof value !== 'string') {
    report(
      node,
      'mdx',
      `The attribute ${name} of <${element}> is written as code ({…}).`,
      `Write it as ${name}="value".`,
    );
    return;
  }
  if (/^on/i.test(name)) {
    report(node, 'unsafe-html', `The event handler "${name}" on <${element}> is not allowed.`, 'Remove the attribute.');
    return;
  }
  if (!allowed.has(name)) {
    report(
      node,
      'unsafe-html',
      `The attribute "${name}" is not allowed on <${element}>.`,
      `Remove it; <${element}> may carry ${[...allowed].join(', ')}.`,
    );
    return;
  }
  const text = value ?? '';
  if (URL_ATTRIBUTES.has(name) && !isSafeLink(text)) {
    report(
      node,
      'unsafe-html',
      `The ${name} of <${element}> ("${clip(text)}") uses a scheme other than ${SCHEMES.join(', ')}.`,
      'Link to an https:// address, a mailto: or tel: address, or a page of this site.',
    );
    return;
  }
  const pattern = VALUES[name];
  if (pattern !== undefined && !pattern.test(text)) {
    report(
      node,
      'unsafe-html',
      `"${clip(text)}" is not a valid ${name} on <${element}>.`,
      `Correct the value of ${name}, or remove the attribute.`,
    );
  }
}

/** `{/* … *\/}` is MDX's comment syntax: its program holds no statement, only the comment. */
function isComment(node: { data?: { estree?: { body: unknown[] } | null | undefined } | undefined }): boolean {
  const program = node.data?.estree;
  return program !== undefined && program !== null && program.body.length === 0;
}

function at(node: Nodes, place: BodyPlace): { line?: number; column?: number } {
  const start = node.position?.start;
  return start ? { line: start.line + place.bodyLine - 1, column: start.column } : { line: place.bodyLine };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
