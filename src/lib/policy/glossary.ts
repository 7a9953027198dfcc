import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/*
 * Key terms. Many policies open with a definitions part (第一部分 定义, 1.定义, Definitions) whose
 * paragraphs or list items each define one term ("个人信息:指……", "1.“客户”:指……", "“Service”
 * means …"). Those become the text's glossary, and the first use of each term in every later section
 * becomes a button that opens its definition in a popover: the HTML popover attribute, which works
 * without JavaScript.
 */

/** A term a text defines, with the id of the paragraph or list item that defines it. */
export interface Term {
  term: string;
  definition: string;
  id: string;
}

/** Words the glossary adds to a text. */
export interface GlossaryLabels {
  /** Names the link from a popover to the definition in the text. */
  termSeeDefinition: string;
  /** Names the popover's close button. */
  termClose: string;
}

/** A heading that opens a definitions part: short, and naming definitions. */
const DEFINITIONS_HEADING =
  /^(?:[\p{N}一二三四五六七八九十]+[.、．)）]?|第[一二三四五六七八九十\d]+[部分章节条款]+)?\s*(?:定义|释义|名词解释|术语(?:和|与|及)?定义|definitions?|interpretation)\s*$/iu;
const NUMBERING = /^\s*(?:[(（]?[\p{N}一二三四五六七八九十]+[)）]?[.、．]?|[(（][a-z][)）]|[a-z][.)])\s*/iu;
const QUOTE = '“”"「」『』‘’\'';
/** `术语:定义`, `“术语”:指定义`, `“术语”指定义`, `"Term" means definition`. */
const DEFINED = new RegExp(
  `^[${QUOTE}]?([^${QUOTE}:：,，。;；()（）]{1,30}?)[${QUOTE}]?\\s*(?:[:：]\\s*(?:是指|指)?|(?<=[${QUOTE}])\\s*[,，]?\\s*(?:是指|指)|\\s+(?:means|refers to)\\b)\\s*(\\S[\\s\\S]*)$`,
  'iu',
);
/** A term too short to tell from ordinary words, or a sentence rather than a term. */
const tooVague = (term: string) => [...term].length < 2 || /[。！？!?]/u.test(term);

const headingDepth = (node: RootContent | ElementContent): number | undefined => {
  if (node.type !== 'element') return undefined;
  const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
  return depth === undefined ? undefined : Number(depth);
};

export function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Whether a heading's text opens a definitions part (第一部分 定义, 1.定义, Definitions). */
export const isDefinitionsHeading = (text: string): boolean => DEFINITIONS_HEADING.test(text.trim());

/** One definition from a paragraph's or list item's text, or undefined when it defines nothing. */
export function parseDefinition(text: string): { term: string; definition: string } | undefined {
  const match = DEFINED.exec(text.replace(NUMBERING, '').trim());
  const term = match?.[1]?.trim();
  const definition = match?.[2]?.trim();
  if (term === undefined || definition === undefined || tooVague(term)) return undefined;
  return { term, definition };
}

/**
 * Finds the definitions part of a rendered text (top-level blocks from its heading to the next
 * heading as high), gives each block that defines a term an id not in `taken`, and returns the terms
 * with the range of top-level blocks the part covers.
 */
export function findTerms(tree: Root, taken: ReadonlySet<string>): { terms: Term[]; part?: [number, number] } {
  const children = tree.children;
  const start = children.findIndex((node) => headingDepth(node) !== undefined && isDefinitionsHeading(textOf(node)));
  if (start < 0) return { terms: [] };
  const depth = headingDepth(children[start]!)!;
  let end = start + 1;
  while (end < children.length && !((headingDepth(children[end]!) ?? 7) <= depth)) end++;
  const terms: Term[] = [];
  const seen = new Set<string>();
  let n = 0;
  const take = (element: Element) => {
    const found = parseDefinition(textOf(element));
    if (found === undefined || seen.has(found.term)) return;
    seen.add(found.term);
    let id: string;
    do id = `term-${++n}`;
    while (taken.has(id));
    element.properties['id'] = id;
    terms.push({ ...found, id });
  };
  for (const node of children.slice(start + 1, end)) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p') take(node);
    else if (node.tagName === 'ul' || node.tagName === 'ol')
      for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') take(item);
  }
  return { terms, part: [start, end] };
}

/** Elements whose text is never made into a term button: interactive, code, headings, the term itself. */
const SKIP = new Set([
  'a',
  'button',
  'code',
  'pre',
  'dfn',
  'strong',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'sup',
  'section',
]);

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const LATIN = /[\p{Script=Latin}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Single characters that may stand next to a term without making a longer word with it. */
const FUNCTION_CHARS = new Set(
  '的地得了着过和与及或并且而在于对向从自为被把将是有无等中内外上下时后前均都也所之其该此各每即以由因按经给让使请您我你他她它们'.split(
    '',
  ),
);

/**
 * Whether `term` at `at` in `text` stands as a word: Latin letters not run on into a longer word,
 * and Chinese not cut out of a longer word, judged by the word segmenter on a short window around
 * it. The segmenter's dictionary lacks many compounds (客户端 comes out as 客户|端), so a lone
 * character beside the term must be one that never makes a compound (的, 与, 在, …).
 */
function standsAlone(text: string, at: number, term: string): boolean {
  const end = at + term.length;
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  if (LATIN.test(term[0]!) && LATIN.test(before)) return false;
  if (LATIN.test(term.at(-1)!) && LATIN.test(after)) return false;
  if (!HAN.test(before) && !HAN.test(after)) return true;
  const from = Math.max(0, at - 8);
  const segments = [...wordSegmenter.segment(text.slice(from, Math.min(text.length, end + 8)))].map((s) => ({
    start: from + s.index,
    end: from + s.index + s.segment.length,
    text: s.segment,
  }));
  const previous = segments.find((s) => s.end === at);
  const next = segments.find((s) => s.start === end);
  if ((at > 0 && previous === undefined) || (end < text.length && next === undefined)) return false;
  const joins = (s: (typeof segments)[number] | undefined) =>
    s !== undefined && [...s.text].length === 1 && HAN.test(s.text) && !FUNCTION_CHARS.has(s.text);
  return !joins(previous) && !joins(next);
}

/** The id of the popover that holds a term's definition. */
export const popoverId = (term: Term) => `${term.id}-popover`;

/**
 * Makes the first use of each term in every section after the definitions part (a section runs
 * from one h2 or h3 to the next) a button that opens the term's popover, and appends the popovers
 * of the terms used, marked for the search index to leave out.
 */
export function linkTerms(tree: Root, terms: readonly Term[], part: [number, number], labels: GlossaryLabels): void {
  if (terms.length === 0) return;
  const byLength = [...terms].sort((a, b) => b.term.length - a.term.length);
  const used = new Set<Term>();
  let inSection = new Set<Term>();
  const inText = (parent: Root | Element) => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) inText(child);
        continue;
      }
      if (child.type !== 'text') continue;
      const pieces = splitText(child, byLength, inSection);
      if (pieces === undefined) continue;
      for (const piece of pieces) if (piece.type === 'element') used.add(termOf(piece, terms));
      parent.children.splice(i, 1, ...pieces);
      i += pieces.length - 1;
    }
  };
  tree.children.forEach((node, index) => {
    if (index >= part[0] && index < part[1]) return;
    const depth = headingDepth(node);
    if (depth !== undefined && depth <= 3) inSection = new Set();
    if (node.type === 'element' && !SKIP.has(node.tagName)) inText(node);
  });
  if (used.size === 0) return;
  tree.children.push({
    type: 'element',
    tagName: 'div',
    properties: { className: ['term-popovers'], dataPagefindIgnore: 'all' },
    children: terms.filter((term) => used.has(term)).map((term) => popover(term, labels)),
  });
}

const termOf = (button: Element, terms: readonly Term[]): Term =>
  terms.find((t) => popoverId(t) === button.properties['popoverTarget'])!;

/** The text split around the first use of each term not yet used in the section, or undefined. */
function splitText(node: Text, terms: readonly Term[], inSection: Set<Term>): ElementContent[] | undefined {
  const text = node.value;
  const found: { at: number; term: Term }[] = [];
  // Every use of every term, longest first, claims its place, so that a shorter term is never
  // found inside a longer one (客户 in 客户信息), whether or not the longer one is linked here.
  const claimed: [number, number][] = [];
  const free = (at: number, end: number) => claimed.every(([a, b]) => end <= a || b <= at);
  for (const term of terms) {
    let linked = inSection.has(term);
    for (let at = text.indexOf(term.term); at >= 0; at = text.indexOf(term.term, at + 1)) {
      const end = at + term.term.length;
      if (!free(at, end) || !standsAlone(text, at, term.term)) continue;
      claimed.push([at, end]);
      if (linked) continue;
      found.push({ at, term });
      inSection.add(term);
      linked = true;
    }
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.at - b.at);
  const out: ElementContent[] = [];
  let from = 0;
  for (const { at, term } of found) {
    if (at > from) out.push({ type: 'text', value: text.slice(from, at) });
    out.push({
      type: 'element',
      tagName: 'button',
      properties: { type: 'button', className: ['term'], popoverTarget: popoverId(term) },
      children: [{ type: 'text', value: term.term }],
    });
    from = at + term.term.length;
  }
  if (from < text.length) out.push({ type: 'text', value: text.slice(from) });
  return out;
}

function popover(term: Term, labels: GlossaryLabels): Element {
  const text = (value: string): Text => ({ type: 'text', value });
  return {
    type: 'element',
    tagName: 'div',
    properties: { id: popoverId(term), popover: 'auto', className: ['term-popover'] },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [text(term.term)] },
          text(' '),
          text(term.definition),
        ],
      },
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['term-popover-actions'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#${term.id}` },
            children: [text(labels.termSeeDefinition)],
          },
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', popoverTarget: popoverId(term), popoverTargetAction: 'hide' },
            children: [text(labels.termClose)],
          },
        ],
      },
    ],
  };
}
