import type { Heading, Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { note, type Note } from './converted.ts';
import { headingAnchor } from '../policy/anchors.ts';
import { isSafeLink } from '../policy/link-safety.ts';
import { excerpt, plainText } from './html-fragment.ts';
import { escapeHtml } from '../markup/escape.ts';
import { titleWord } from './txt-clean.ts';

/**
 * Last pass over a converted tree, shared by the Markdown and HTML importers: removes what the
 * safety policy refuses (raw HTML, images, links with other schemes than https, http, mailto and
 * tel, in place or as reference definitions), each with a note; takes the level-1 heading out as the title
 * and shifts the other headings so the body starts at level 2 (the page renders the title as h1).
 * Returns the title: `known` (from front matter), the first level-1 heading, or, in a document
 * without one, a heading that opens it and names a policy (`## <span>Acme</span> 隐私声明`, as some
 * published histories write their title).
 */
export function tidyTree(tree: Root, known: string | undefined, unconverted: Note[]): string | undefined {
  const at = (node: Nodes) => node.position?.start.line;
  const unsafeDefinitions = new Set<string>();
  visit(tree, 'definition', (node) => {
    if (!isSafeLink(node.url)) unsafeDefinitions.add(node.identifier);
  });
  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    const replace = (nodes: Nodes[]): [typeof SKIP, number] => {
      (parent as Parents).children.splice(index, 1, ...(nodes as Parents['children']));
      return [SKIP, index];
    };
    if (node.type === 'html') {
      if (node.value.trim() !== '') unconverted.push(note(`raw HTML removed: ${excerpt(node.value.trim())}`, at(node)));
      return replace([]);
    }
    if (node.type === 'definition' && unsafeDefinitions.has(node.identifier)) {
      unconverted.push(
        note(
          `link definition "${excerpt(node.url)}" removed: only https, http, mailto and tel links are kept`,
          at(node),
        ),
      );
      return replace([]);
    }
    if (node.type === 'linkReference' && unsafeDefinitions.has(node.identifier)) return replace(node.children);
    if (node.type === 'imageReference') {
      unconverted.push(note(`image reference "${node.identifier}" removed: policies hold no images`, at(node)));
      return replace(node.alt ? [{ type: 'text', value: node.alt }] : []);
    }
    if (node.type === 'image') {
      if (/^https?:\/\//i.test(node.url))
        return replace([{ type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] }]);
      unconverted.push(
        note(`image "${node.url}" removed: only images with a full https:// address become links`, at(node)),
      );
      return replace(node.alt ? [{ type: 'text', value: node.alt }] : []);
    }
    if (node.type === 'link') {
      if (!isSafeLink(node.url)) {
        unconverted.push(
          note(
            `link "${excerpt(node.url)}" removed, its text kept: only https, http, mailto and tel links are kept`,
            at(node),
          ),
        );
        return replace(node.children);
      }
      if (node.url === '') return replace(node.children);
      if (node.children.length === 0) node.children = [{ type: 'text', value: node.url }];
    }
    return undefined;
  });
  return takeTitle(tree, known);
}

function takeTitle(tree: Root, known: string | undefined): string | undefined {
  const first = tree.children.find((n): n is Heading => n.type === 'heading');
  let title = known;
  const firstText = first && headingAnchor(plainText(first)).text.trim();
  const opens = first !== undefined && tree.children.find((n) => n.type !== 'definition') === first;
  const isTitle =
    first?.depth === 1 ||
    (opens && !tree.children.some((n) => n.type === 'heading' && n.depth === 1) && titleWord.test(firstText ?? ''));
  if (first !== undefined && isTitle && (known === undefined || firstText === known.trim())) {
    title = firstText;
    tree.children.splice(tree.children.indexOf(first), 1);
  }
  if (tree.children.some((n) => n.type === 'heading' && n.depth === 1)) {
    visit(tree, 'heading', (h) => {
      h.depth = Math.min(6, h.depth + 1) as Heading['depth'];
    });
  }
  return title;
}

/** Phrasing content as HTML, so inline HTML tags split across mdast nodes can be parsed as a whole. */
export function phrasingToHtml(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.value);
        case 'html':
          return n.value;
        case 'strong':
          return `<strong>${phrasingToHtml(n.children)}</strong>`;
        case 'emphasis':
          return `<em>${phrasingToHtml(n.children)}</em>`;
        case 'delete':
          return `<del>${phrasingToHtml(n.children)}</del>`;
        case 'inlineCode':
          return `<code>${escapeHtml(n.value)}</code>`;
        case 'break':
          return '<br>';
        case 'link':
          return `<a href="${escapeHtml(n.url)}">${phrasingToHtml(n.children)}</a>`;
        case 'image':
          return `<img src="${escapeHtml(n.url)}" alt="${escapeHtml(n.alt ?? '')}">`;
        default:
          return escapeHtml(plainText(n));
      }
    })
    .join('');
}
