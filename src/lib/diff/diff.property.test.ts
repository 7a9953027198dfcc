import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../policy/blocks.ts';
import { afterText, beforeText, diffBlocks, type Block } from './diff.ts';
import { normalise } from '../policy/normalise.ts';
import { tokens } from './segment.ts';

const LOCALE = 'zh-CN';
const seedDir = new URL('../../../tests/fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedDir)
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8'));

/** A realistic Chinese policy: seed 000 with its numbered lines as headings. */
const policy: Block[] = parseBlocks(
  normalise(seeds[0] ?? '')
    .split('\n')
    .map((line) => (/^[一二三四五六七八九十]+、/.test(line) ? `## ${line}` : line))
    .join('\n'),
);
const sentences = (seeds[1] ?? '').split(/\n+|(?<=。)/).filter((s) => s.length > 5);
const vocabulary = [
  ...new Set(tokens(sentences.slice(0, 40).join(''), LOCALE).filter((t) => /\p{Script=Han}/u.test(t))),
  'App',
  ' SDK ',
  ' ',
  '，',
  'Cookie',
];

type Edit =
  | { type: 'word'; block: number; at: number; remove: 0 | 1; word: string | undefined }
  | { type: 'insert-block'; at: number; sentence: number; kind: 'paragraph' | 'heading' }
  | { type: 'delete-block'; at: number }
  | { type: 'move-blocks'; from: number; length: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('word' as const),
      block: fc.nat(),
      at: fc.nat(),
      remove: fc.constantFrom(0 as const, 1 as const),
      word: fc.option(fc.constantFrom(...vocabulary), { nil: undefined }),
    }),
  },
  fc.record({
    type: fc.constant('insert-block' as const),
    at: fc.nat(),
    sentence: fc.nat(),
    kind: fc.constantFrom('paragraph' as const, 'heading' as const),
  }),
  fc.record({ type: fc.constant('delete-block' as const), at: fc.nat() }),
  fc.record({
    type: fc.constant('move-blocks' as const),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 6 }),
    to: fc.nat(),
  }),
);

/** What makes two blocks the same: kind, level and text up to whitespace. */
const key = ({ kind, depth, text }: Block) => `${kind}${depth ?? ''} ${text.replace(/\s+/g, ' ').trim()}`;

function apply(blocks: readonly Block[], edits: readonly Edit[]): Block[] {
  const out = blocks.map((block) => ({ ...block }));
  const index = (n: number, size = out.length) => (size === 0 ? 0 : n % size);
  for (const e of edits) {
    if (e.type === 'word') {
      const block = out[index(e.block)];
      if (block === undefined) continue;
      const parts = tokens(block.text, LOCALE);
      parts.splice(index(e.at, parts.length + 1), e.remove, ...(e.word === undefined ? [] : [e.word]));
      block.text = parts.join('');
    } else if (e.type === 'insert-block') {
      const text = sentences[index(e.sentence, sentences.length)] ?? '新段落。';
      const block: Block =
        e.kind === 'heading'
          ? { kind: 'heading', depth: 2, text, section: [text] }
          : { kind: 'paragraph', text, section: [] };
      out.splice(index(e.at, out.length + 1), 0, block);
    } else if (e.type === 'delete-block') {
      out.splice(index(e.at), 1);
    } else {
      const moved = out.splice(index(e.from), e.length);
      out.splice(index(e.to, out.length + 1), 0, ...moved);
    }
  }
  return out;
}

describe('diffBlocks on generated edits of a Chinese policy', () => {
  it('rebuilds both versions exactly from the model', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const edited = apply(policy, edits);
        const model = diffBlocks(policy, edited, { locale: LOCALE });
        expect(beforeText(model)).toEqual(policy.map((b) => b.text));
        expect(afterText(model)).toEqual(edited.map((b) => b.text));
        for (const entry of model.entries) {
          if (entry.status === 'changed') expect(entry.segments.some((s) => s.op !== 'equal')).toBe(true);
        }
        const count = (status: string) => model.entries.filter((e) => e.status === status).length;
        expect(count('moved-from')).toBe(count('moved-to'));
        expect(model.identical).toBe(edited.map(key).join('\n') === policy.map(key).join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a version identical to itself', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 10 }), (edits) => {
        const edited = apply(policy, edits);
        expect(diffBlocks(edited, edited, { locale: LOCALE }).identical).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
