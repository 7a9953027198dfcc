import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { find, html as htmlSchema } from 'property-information';
import { ELEMENTS, GLOBAL_ATTRIBUTES, SCHEMES, URL_ATTRIBUTES } from './allowlist.ts';
import { headingAnchor, headingSlugger } from './anchors.ts';
import { findTerms, linkTerms, textOf, type GlossaryLabels, type Term } from './glossary.ts';
import { markNumberedLists } from './list-markers.ts';

/** A heading of the rendered text, for the table of contents. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Words the renderer adds to a text: the heading of its footnotes, their links back, the term popovers. */
export interface RenderLabels extends GlossaryLabels {
  footnotes: string;
  footnoteBack: string;
}

export interface Rendered {
  html: string;
  headings: Heading[];
  /** The terms its definitions part defines (src/lib/policy/glossary.ts). */
  terms: Term[];
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF';
/** A line break inside a Chinese paragraph is no space: browsers would show one. */
const CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');

/**
 * Renders a checked policy tree (src/lib/policy/safety.ts) to HTML. Elements written as HTML keep
 * only allowlisted attributes, and the result then passes hast-util-sanitize with a schema made
 * from the same allowlist: a second line that holds even if the check missed something.
 */
export function renderPolicy(tree: Root, labels: RenderLabels): Rendered {
  const hast = toHast(tree, {
    footnoteLabel: labels.footnotes,
    footnoteBackLabel: labels.footnoteBack,
    handlers: {
      mdxJsxFlowElement: jsxElement,
      mdxJsxTextElement: jsxElement,
      mdxFlowExpression: none,
      mdxTextExpression: none,
      mdxjsEsm: none,
    },
  }) as HastRoot;
  const clean = sanitize(hast, schema) as HastRoot;
  const headings = anchorHeadings(clean);
  joinCjkLines(clean);
  markNumberedLists(clean);
  const { terms, part } = findTerms(clean, new Set(headings.map((h) => h.slug)));
  if (part) linkTerms(clean, terms, part, labels);
  return { html: toHtml(clean), headings, terms };
}

function none(): undefined {
  return undefined;
}

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const name = node.name ?? 'span';
  const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENTS[name] ?? [])]);
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !allowed.has(attribute.name)) continue;
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') continue;
    properties[property(attribute.name)] = attribute.value ?? true;
  }
  const element: Element = {
    type: 'element',
    tagName: name,
    properties,
    children: state.all(node) as ElementContent[],
  };
  state.patch(node, element);
  return element;
}

const property = (attribute: string) => find(htmlSchema, attribute).property;
const allowlisted = (tag: string) => (ELEMENTS[tag] ?? []).map(property);

/** The sanitizer's schema: the editor's allowlist plus what Markdown itself produces. */
const schema: Schema = {
  tagNames: [...Object.keys(ELEMENTS), 'section', 'input'],
  attributes: {
    '*': GLOBAL_ATTRIBUTES.map(property),
    ...Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, allowlisted(tag)])),
    // Footnotes, task lists and code language classes, as mdast-util-to-hast writes them.
    a: [
      ...allowlisted('a'),
      'id',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    li: [...allowlisted('li'), 'id', ['className', 'task-list-item']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    ul: [['className', 'contains-task-list']],
    ol: [...allowlisted('ol'), ['className', 'contains-task-list']],
    code: [['className', /^language-[\w-]+$/]],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: Object.fromEntries([...URL_ATTRIBUTES].map((a) => [property(a), [...SCHEMES]])),
  // Footnote ids already carry mdast-util-to-hast's "user-content-" prefix; heading ids are set
  // after sanitising, from RESERVED_IDS-aware slugs (src/lib/policy/anchors.ts).
  clobberPrefix: '',
  clobber: [],
  strip: ['script', 'style'],
};

const TRAILING_PUNCTUATION = /[\s:：;；,，、.。]+$/u;

/** Sets each heading's id (fixed anchor or slug) and lists the headings, for the contents. */
function anchorHeadings(tree: HastRoot): Heading[] {
  const slug = headingSlugger();
  const headings: Heading[] = [];
  visitElements(tree, (element) => {
    const depth = /^h([1-6])$/.exec(element.tagName)?.[1];
    if (depth === undefined || element.properties['dataFootnotes'] !== undefined) return;
    if (element.properties['id'] === 'footnote-label') return;
    const fixed = stripAnchor(element);
    const text = textOf(element).trim();
    const id = slug(text, fixed);
    element.properties['id'] = id;
    // A heading that leads into its section ("合作伙伴:") or ends a sentence reads as a title without that punctuation.
    headings.push({ depth: Number(depth), slug: id, text: text.replace(TRAILING_PUNCTUATION, '') || text });
  });
  return headings;
}

/** Removes a trailing `{#id}` from the heading's last text node and returns the id. */
function stripAnchor(element: Element): string | undefined {
  const last = element.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const { text, id } = headingAnchor(last.value);
  if (id === undefined) return undefined;
  if (text === '') element.children.pop();
  else last.value = text;
  return id;
}

function joinCjkLines(tree: HastRoot): void {
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') child.value = child.value.replace(CJK_BREAK, '');
      else if (child.type === 'element' && child.tagName !== 'pre' && child.tagName !== 'code') walk(child);
    }
  };
  walk(tree);
}

function visitElements(node: HastRoot | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    visitElements(child, visit);
  }
}
