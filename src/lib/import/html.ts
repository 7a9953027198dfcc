import type { Element, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Converted } from './converted.ts';
import { hastText, hastToMdast, pruneHast, type HtmlNotes } from './html-fragment.ts';
import { toMdx } from './serialise.ts';
import { tidyTree } from './tidy.ts';

const parser = unified().use(rehypeParse);

/**
 * Converts a saved web page to an MDX body: headings, lists, tables and links are kept; scripts,
 * styles and the page's navigation, header and footer are dropped. The title is the page's first
 * h1, or its <title>.
 */
export function convertHtml(source: string): Converted {
  const tree = parser.parse(source.replace(/^\uFEFF/, ''));
  const notes: HtmlNotes = { dropped: [], unconverted: [] };
  const pageTitle = find(tree, 'title');
  const body = find(tree, 'body') ?? tree;
  pruneHast(body, notes);
  const mdast = hastToMdast(body);
  const title = tidyTree(mdast, undefined, notes.unconverted) ?? (pageTitle ? hastText(pageTitle) : undefined);
  return { title: title || undefined, body: toMdx(mdast), ...notes };
}

function find(node: HastRoot | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const inner = find(child, tagName);
    if (inner) return inner;
  }
  return undefined;
}
