import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { note, type Converted, type Note } from './converted.ts';
import { htmlToMdast, type HtmlNotes } from './html-fragment.ts';
import { toMdx } from './serialise.ts';
import { phrasingToHtml, tidyTree } from './tidy.ts';

/**
 * Plain Markdown, not MDX: a `{` or `<` in the input is text or HTML here, and escaped on output.
 * Emphasis follows the same CJK-friendly rules as the site's parser (src/lib/policy/markdown.ts), so
 * `*了解更多：*您` imports as emphasis rather than as escaped asterisks.
 */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

/**
 * Converts Markdown from other repositories (Jekyll/kramdown, GitHub) to an MDX body: front matter
 * gives the title, kramdown attribute lists and Liquid tags go, inline and block HTML become
 * Markdown (tables included).
 */
export function convertMarkdown(source: string): Converted {
  const notes: HtmlNotes = { dropped: [], unconverted: [] };
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = frontMatter(text, notes.unconverted);
  const tree = parser.parse(stripTemplating(front.rest, notes.unconverted));
  convertHtml(tree, notes);
  const title = tidyTree(tree, front.title, notes.unconverted);
  return { title, body: toMdx(tree), ...notes };
}

/** Splits off YAML front matter; the text keeps its line count so notes point at input lines. */
function frontMatter(text: string, unconverted: Note[]): { title: string | undefined; rest: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { title: undefined, rest: text };
  const rest = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch {
    unconverted.push(note('front matter is not valid YAML and was left out', 1));
    return { title: undefined, rest };
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const others = Object.keys(fields).filter((k) => k !== 'title');
  if (others.length > 0) unconverted.push(note(`front matter fields not kept: ${others.join(', ')}`, 1));
  return { title: typeof fields['title'] === 'string' ? fields['title'] : undefined, rest };
}

/** An id the site accepts as a heading's fixed anchor (src/lib/policy/anchors.ts). */
const anchorId = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/**
 * kramdown attribute lists (`{: #id .class}`, `{:toc}`) and Liquid tags (`{% … %}`) are
 * instructions to another site generator and go. A heading's id (`## Title {#id}`, or `{: #id}` on
 * the line after it) stays as the heading's fixed anchor, which the site supports, so links to it
 * keep working. Lines are blanked rather than removed to keep the input's line numbers.
 */
function stripTemplating(text: string, unconverted: Note[]): string {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    const heading = /^#{1,6}\s/.test(line);
    let kept = line.replace(/\s*\{:?\s*#([^\s}]+)\s*\}\s*$/, (attr, id: string) =>
      heading && anchorId.test(id) ? ` {#${id}}` : attr,
    );
    const ial = /^\s*\{:\s*#([^\s}]+)[^}]*\}\s*$/.exec(kept);
    const previous = out.findLastIndex((l) => l.trim() !== '');
    if (ial?.[1] && anchorId.test(ial[1]) && /^#{1,6}\s(?!.*\{#[^}]*\}\s*$)/.test(out[previous] ?? '')) {
      out[previous] = `${out[previous]} {#${ial[1]}}`;
      kept = '';
    }
    kept = kept.replace(/\{:[^}\n]*\}/g, (attr) => {
      unconverted.push(note(`kramdown attribute "${attr}" removed`, n));
      return '';
    });
    if (/^\s*\{%.*%\}\s*$/.test(kept)) {
      unconverted.push(note(`Liquid tag "${kept.trim()}" removed`, n));
      kept = '';
    } else if (/\{\{.*?\}\}|\{%.*?%\}/.test(kept)) {
      unconverted.push(
        note(
          `Liquid template "${/\{\{.*?\}\}|\{%.*?%\}/.exec(kept)?.[0]}" kept as literal text: replace it with the real value`,
          n,
        ),
      );
    }
    out.push(kept.trim() === '' ? '' : kept);
  });
  return out.join('\n');
}

/** Replaces raw HTML with Markdown: block HTML as blocks, inline tags by re-reading the whole paragraph. */
function convertHtml(tree: Root, notes: HtmlNotes): void {
  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    if (
      node.type === 'html' &&
      (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem')
    ) {
      // A blank line inside an HTML table splits it into sibling html nodes: read them as one.
      let end = index + 1;
      while (parent.children[end]?.type === 'html') end++;
      const html = parent.children
        .slice(index, end)
        .map((n) => (n.type === 'html' ? n.value : ''))
        .join('\n');
      const blocks = htmlToMdast(html, node.position?.start.line ?? 1, notes).children;
      (parent as Parents).children.splice(index, end - index, ...(blocks as RootContent[] as Parents['children']));
      return [SKIP, index + blocks.length];
    }
    if (
      (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') &&
      node.children.some(hasHtml)
    ) {
      const converted = htmlToMdast(phrasingToHtml(node.children), node.position?.start.line ?? 1, notes);
      node.children = converted.children.flatMap((c) =>
        'children' in c && c.type === 'paragraph' ? c.children : [],
      ) as PhrasingContent[];
      return SKIP;
    }
    return undefined;
  });
}

function hasHtml(node: PhrasingContent): boolean {
  return node.type === 'html' || ('children' in node && node.children.some(hasHtml));
}
