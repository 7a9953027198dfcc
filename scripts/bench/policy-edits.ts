/**
 * The random revision between two consecutive versions: changed words, inserted and deleted
 * sentences, paragraphs and list items, now and then a new, renamed or moved section. It also writes
 * the version's `summary` from what it changed, as an editor would.
 */
import { heading, newBlock, newSubsection, sentence, length, type Block, type PolicyDoc } from './policy-doc.ts';
import type { Random } from './random.ts';
import type { TextPool } from './text-pool.ts';

export interface Revision {
  doc: PolicyDoc;
  summary: string;
}

/** A run of blocks under one heading: where an edit happens, named by that heading in the summary. */
interface Place {
  title: string;
  blocks: Block[];
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function revise(previous: PolicyDoc, pool: TextPool, random: Random, size: number): Revision {
  const doc = structuredClone(previous);
  const notes: string[] = [];
  // Keeps the text near `size` over a long history: a long text loses more than it gains, and back.
  const drift = length(doc) > size * 1.05 ? -1 : length(doc) < size * 0.95 ? 1 : 0;
  const times = (base: number, direction: number): number => Math.max(0, random.int(0, base) + direction * drift);

  for (let n = random.int(2, 12); n > 0; n--) changeWord(pick(doc, random), pool, random, notes);
  for (let n = times(2, 1); n > 0; n--) insertSentence(pick(doc, random), pool, random, notes);
  for (let n = times(2, -1); n > 0; n--) deleteSentence(pick(doc, random), random, notes);
  if (random.chance(0.5 + 0.3 * drift)) insertBlock(pick(doc, random), pool, random, notes);
  if (random.chance(0.4 - 0.3 * drift)) deleteBlock(pick(doc, random), random, notes);
  if (random.chance(0.1)) addSubsection(doc, pool, random, notes);
  if (random.chance(0.08)) renameSection(doc, pool, random, notes);
  if (random.chance(0.06)) moveSection(doc, random, notes);
  return { doc, summary: summarise(notes) };
}

function places(doc: PolicyDoc): Place[] {
  return [
    { title: '引言', blocks: doc.preamble },
    ...doc.sections.flatMap((s) => [
      { title: s.title, blocks: s.blocks },
      ...s.subsections.map((sub) => ({ title: sub.title, blocks: sub.blocks })),
    ]),
  ];
}

function pick(doc: PolicyDoc, random: Random): Place {
  return random.pick(places(doc).filter((p) => p.blocks.length > 0)) ?? { title: '引言', blocks: doc.preamble };
}

/** The sentences of a block, as one list to edit in place. */
function lines(block: Block): string[] {
  return block.kind === 'paragraph' ? block.sentences : block.items;
}

function changeWord(place: Place, pool: TextPool, random: Random, notes: string[]): void {
  const text = random.pick(place.blocks);
  if (!text) return;
  const list = lines(text);
  const at = random.int(0, list.length - 1);
  const parts = [...segmenter.segment(list[at] ?? '')].map((s) => s.segment);
  const words = parts.flatMap((part, i) => (/^\p{Script=Han}{2,}$/u.test(part) ? [i] : []));
  const target = random.pick(words);
  if (target === undefined) return;
  const word = random.pick(pool.words) ?? '信息';
  const op = random.int(0, 2);
  parts.splice(target, op === 1 ? 0 : 1, ...(op === 2 ? [] : [word]));
  list[at] = parts.join('');
  notes.push(`修改了“${place.title}”中的部分表述`);
}

function insertSentence(place: Place, pool: TextPool, random: Random, notes: string[]): void {
  const text = random.pick(place.blocks);
  if (!text) return;
  const list = lines(text);
  list.splice(random.int(0, list.length), 0, sentence(pool, random));
  notes.push(`在“${place.title}”中补充了说明`);
}

function deleteSentence(place: Place, random: Random, notes: string[]): void {
  const text = random.pick(place.blocks.filter((b) => lines(b).length > 1));
  if (!text) return;
  const list = lines(text);
  list.splice(random.int(0, list.length - 1), 1);
  notes.push(`删除了“${place.title}”中的部分内容`);
}

function insertBlock(place: Place, pool: TextPool, random: Random, notes: string[]): void {
  place.blocks.splice(random.int(0, place.blocks.length), 0, newBlock(pool, random));
  notes.push(`在“${place.title}”中新增了一段`);
}

function deleteBlock(place: Place, random: Random, notes: string[]): void {
  if (place.blocks.length < 2) return;
  place.blocks.splice(random.int(0, place.blocks.length - 1), 1);
  notes.push(`删除了“${place.title}”中的一段`);
}

function addSubsection(doc: PolicyDoc, pool: TextPool, random: Random, notes: string[]): void {
  const section = random.pick(doc.sections);
  if (!section) return;
  const sub = newSubsection(pool, random);
  section.subsections.splice(random.int(0, section.subsections.length), 0, sub);
  notes.push(`在“${section.title}”下新增“${sub.title}”`);
}

function renameSection(doc: PolicyDoc, pool: TextPool, random: Random, notes: string[]): void {
  const section = random.pick(doc.sections);
  const title = heading(pool, random);
  if (!section || title === section.title) return;
  notes.push(`将“${section.title}”一节更名为“${title}”`);
  section.title = title;
}

function moveSection(doc: PolicyDoc, random: Random, notes: string[]): void {
  if (doc.sections.length < 3) return;
  const [section] = doc.sections.splice(random.int(0, doc.sections.length - 1), 1);
  if (!section) return;
  doc.sections.splice(random.int(0, doc.sections.length), 0, section);
  notes.push(`调整了“${section.title}”一节的位置`);
}

/** At most four distinct notes, most structural first, as one Chinese sentence. */
function summarise(notes: readonly string[]): string {
  const distinct = [...new Set(notes)].sort((a, b) => weight(b) - weight(a)).slice(0, 4);
  return distinct.length === 0 ? '更新了部分表述。' : `${distinct.join('；')}。`;
}

function weight(note: string): number {
  return /位置|更名|下新增/.test(note) ? 2 : /新增|删除/.test(note) ? 1 : 0;
}
