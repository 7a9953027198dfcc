/**
 * A parsed policy as the flat list of blocks that the diff engine aligns. Build side only: the
 * browser's compare page loads these blocks as JSON.
 */
import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Block } from '../diff/model.ts';
import { headingAnchor } from './anchors.ts';
import { parseMarkdown } from './markdown.ts';

export type { Block } from '../diff/model.ts';

/** Inline nodes whose content is code or markup rather than words a reader sees. */
const SILENT = new Set(['html', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm', 'footnoteReference']);
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF';
/** A soft line break between two CJK characters is no space in the rendered text. */
const CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

/** The blocks of a policy body (valid MDX: the content check has passed it). */
export function parseBlocks(body: string): Block[] {
  return treeBlocks(parseMarkdown(body));
}

/** The blocks of a parsed policy, in reading order, each with the headings it sits under. */
export function treeBlocks(tree: Root): Block[] {
  const walker = new Walker();
  walker.blocks(tree.children);
  return walker.out;
}

class Walker {
  readonly out: Block[] = [];
  private headings: Array<{ depth: number; text: string }> = [];

  blocks(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.block(node);
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'heading': {
        // A fixed anchor (`\{#storage\}`) is markup, not words a reader sees.
        const text = headingAnchor(plain(node)).text;
        this.headings = this.headings.filter((h) => h.depth < node.depth);
        this.headings.push({ depth: node.depth, text });
        this.push('heading', text, node.depth);
        return;
      }
      case 'paragraph':
        return this.push('paragraph', plain(node));
      case 'list':
        for (const item of node.children) this.item(item);
        return;
      case 'table':
        for (const row of node.children) this.push('row', row.children.map(plain).join(' | '));
        return;
      case 'code':
        return this.push('code', node.value);
      case 'html':
        // A tag becomes a line break, which tidy() turns into a space between
        // Latin words and into nothing between CJK characters.
        return this.push('other', node.value.replace(/<[^>]*>/g, '\n'));
      case 'blockquote':
      case 'footnoteDefinition':
      case 'mdxJsxFlowElement':
        return this.blocks(node.children);
    }
  }

  private item(item: ListItem): void {
    const own = item.children.filter((child) => child.type !== 'list');
    this.push('item', own.map(plain).join(' '));
    this.blocks(item.children.filter((child) => child.type === 'list'));
  }

  private push(kind: Block['kind'], raw: string, depth?: number): void {
    const text = kind === 'code' ? raw : tidy(raw);
    if (text === '') return;
    const section = this.headings.map((h) => h.text);
    this.out.push(depth === undefined ? { kind, text, section } : { kind, depth, text, section });
  }
}

/**
 * Text a reader sees: no emphasis markers, link targets, escapes or embedded code.
 * (mdast-util-to-string would keep the code of `{expressions}` and inline HTML tags.)
 */
function plain(node: Nodes): string {
  if (SILENT.has(node.type)) return '';
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  if ('alt' in node) return node.alt ?? '';
  if ('children' in node) return node.children.map((child: Nodes) => plain(child)).join('');
  return '';
}

function tidy(text: string): string {
  return text.replace(CJK_BREAK, '').replace(/\s+/g, ' ').trim();
}
