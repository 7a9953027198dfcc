/**
 * A generated policy as a small tree (sections, subsections, paragraphs, lists) rather than text, so
 * the edits between versions can work on sentences and sections and the numbering ("一、", "（一）")
 * is recomputed on render, as an editor renumbers after moving a section.
 */
import type { Random } from './random.ts';
import type { TextPool } from './text-pool.ts';

export type Block = { kind: 'paragraph'; sentences: string[] } | { kind: 'list'; items: string[] };
export interface Subsection {
  title: string;
  blocks: Block[];
}
export interface Section {
  title: string;
  blocks: Block[];
  subsections: Subsection[];
}
export interface PolicyDoc {
  preamble: Block[];
  sections: Section[];
}

export function newParagraph(pool: TextPool, random: Random): Block {
  return { kind: 'paragraph', sentences: Array.from({ length: random.int(2, 5) }, () => sentence(pool, random)) };
}

export function newList(pool: TextPool, random: Random): Block {
  return { kind: 'list', items: Array.from({ length: random.int(3, 6) }, () => sentence(pool, random)) };
}

export function newBlock(pool: TextPool, random: Random): Block {
  return random.chance(0.25) ? newList(pool, random) : newParagraph(pool, random);
}

export function sentence(pool: TextPool, random: Random): string {
  return random.pick(pool.sentences) ?? '我们将依法保护您的个人信息。';
}

export function heading(pool: TextPool, random: Random): string {
  return random.pick(pool.headings) ?? '其他';
}

export function newSubsection(pool: TextPool, random: Random): Subsection {
  return {
    title: heading(pool, random),
    blocks: Array.from({ length: random.int(1, 3) }, () => newBlock(pool, random)),
  };
}

/** A first version of about `size` characters: a preamble, then sections until the text is long enough. */
export function firstVersion(pool: TextPool, random: Random, size: number): PolicyDoc {
  const doc: PolicyDoc = { preamble: [newParagraph(pool, random)], sections: [] };
  while (length(doc) < size) {
    doc.sections.push({
      title: heading(pool, random),
      blocks: Array.from({ length: random.int(1, 2) }, () => newParagraph(pool, random)),
      subsections: Array.from({ length: random.int(0, 3) }, () => newSubsection(pool, random)),
    });
  }
  return doc;
}

export function blocksOf(doc: PolicyDoc): Block[] {
  return [
    ...doc.preamble,
    ...doc.sections.flatMap((s) => [...s.blocks, ...s.subsections.flatMap((sub) => sub.blocks)]),
  ];
}

/** Characters of text, headings included, as a reader would count them. */
export function length(doc: PolicyDoc): number {
  const text = blocksOf(doc).reduce(
    (sum, b) => sum + (b.kind === 'paragraph' ? b.sentences : b.items).join('').length,
    0,
  );
  return (
    text +
    doc.sections.reduce((sum, s) => sum + s.title.length + s.subsections.reduce((n, sub) => n + sub.title.length, 0), 0)
  );
}

export function renderMdx(doc: PolicyDoc): string {
  const out: string[] = doc.preamble.map(renderBlock);
  doc.sections.forEach((section, i) => {
    out.push(`## ${chineseNumber(i + 1)}、${section.title}`, ...section.blocks.map(renderBlock));
    section.subsections.forEach((sub, j) =>
      out.push(`### （${chineseNumber(j + 1)}）${sub.title}`, ...sub.blocks.map(renderBlock)),
    );
  });
  return `${out.join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
  return block.kind === 'paragraph' ? block.sentences.join('') : block.items.map((item) => `- ${item}`).join('\n');
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (policies stay well below 100 sections). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[n % 10] ?? ''}`;
}
