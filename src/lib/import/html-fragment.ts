import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { note, type Note } from './converted.ts';

/** An id the site accepts as a heading's fixed anchor. */
const anchorId = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
/** Page furniture, removed without a second thought. */
const junk = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template']);
/** Elements a policy page cannot show; their content is lost, so the editor is told. */
const unsupported = new Set([
  'iframe',
  'form',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'button',
  'input',
  'select',
  'textarea',
]);

export interface HtmlNotes {
  dropped: Note[];
  unconverted: Note[];
}

const fragmentParser = unified().use(rehypeParse, { fragment: true });
const toMdast = unified().use(rehypeRemark);

/** Parses an HTML fragment (from Markdown) and converts it to mdast; `line` places notes in the input. */
export function htmlToMdast(html: string, line: number, notes: HtmlNotes): Root {
  const tree = fragmentParser.parse(html);
  pruneHast(tree, notes, line - 1);
  const mdast = hastToMdast(tree);
  visit(mdast, (node) => {
    if (node.position)
      node.position = {
        start: { ...node.position.start, line: node.position.start.line + line - 1 },
        end: { ...node.position.end, line: node.position.end.line + line - 1 },
      };
  });
  return mdast;
}

export function hastToMdast(tree: HastRoot | Element): Root {
  const root: HastRoot = tree.type === 'root' ? tree : { type: 'root', children: tree.children };
  return toMdast.runSync(root) as unknown as Root;
}

/**
 * Removes junk and unsupported elements, noting each. A heading's id is kept as its fixed anchor;
 * other anchors (`<a name>`, ids the site cannot use) are lost, and noted.
 */
export function pruneHast(tree: HastRoot | Element, notes: HtmlNotes, lineOffset = 0): void {
  const at = (node: HastContent) => (node.position ? node.position.start.line + lineOffset : undefined);
  const walk = (parent: HastRoot | Element) => {
    parent.children = parent.children.filter((child) => {
      if (child.type === 'comment') {
        notes.unconverted.push(note(`HTML comment removed: ${excerpt(child.value.trim())}`, at(child)));
        return false;
      }
      if (child.type !== 'element') return true;
      if (junk.has(child.tagName)) {
        notes.dropped.push(note(`<${child.tagName}> ${excerpt(hastText(child))}`.trim(), at(child)));
        return false;
      }
      if (unsupported.has(child.tagName)) {
        notes.unconverted.push(
          note(
            `<${child.tagName}${describeSource(child)}> removed: a policy holds text, links, lists and tables only`,
            at(child),
          ),
        );
        return false;
      }
      const anchor = child.properties['id'] ?? child.properties['name'];
      if (anchor !== undefined && /^h[1-6]$/.test(child.tagName) && anchorId.test(String(anchor))) {
        // The site keeps a heading's trailing {#id} as its id (src/lib/policy/anchors.ts).
        child.children.push({ type: 'text', value: ` {#${String(anchor)}}` });
      } else if (anchor !== undefined && /^(?:h[1-6]|a)$/.test(child.tagName)) {
        notes.unconverted.push(
          note(
            `anchor "${String(anchor)}" on <${child.tagName}> not kept: headings get ids from their text, so update links to it`,
            at(child),
          ),
        );
      }
      walk(child);
      return true;
    });
  };
  walk(tree);
}

function describeSource(element: Element): string {
  const src = element.properties['src'] ?? element.properties['action'] ?? element.properties['data'];
  return src === undefined ? '' : ` ${String(src)}`;
}

/** The visible text of an element, whitespace collapsed. */
export function hastText(node: Element): string {
  return node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? hastText(c) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text;
}

/** The text of an mdast subtree, for titles and notes. */
export function plainText(node: Root | Root['children'][number]): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}
