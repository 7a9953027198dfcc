/**
 * Benchmark of the revision diff on ~20,000-character Chinese policies built from
 * the seed fixtures. Run: node_modules/.bin/node scripts/bench-diff.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseBlocks } from '../src/lib/policy/blocks.ts';
import { diffBlocks } from '../src/lib/diff/diff.ts';
import { normalise } from '../src/lib/policy/normalise.ts';
import { tokens } from '../src/lib/diff/segment.ts';

const LOCALE = 'zh-CN';
const SIZE = 20_000;
const WARMUP = 3;
const RUNS = 15;

const seedDir = new URL('../tests/fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8'));

/** Deterministic PRNG (mulberry32), so every run benchmarks the same edits. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentences(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.split(/\n+|(?<=[。；！？])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && s.length <= 300);
}

/**
 * A Markdown policy of about `size` characters: a heading every 6 paragraphs of 3
 * sentences. The seeds hold ~22,000 characters in all, so sentences are reused.
 */
function policy(pool: readonly string[], size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let k = 0, section = 1; length < size; k += 3) {
    if ((k / 3) % 6 === 0) lines.push(`## 第${section++}节 ${pool[k % pool.length]?.slice(0, 8) ?? ''}`);
    const paragraph = [0, 1, 2].map((n) => pool[(k + n) % pool.length] ?? '').join('');
    lines.push(paragraph);
    length += paragraph.length;
  }
  return lines.join('\n\n');
}

/** Apply `count` word edits (replace, insert or delete one word) to random paragraphs. */
function edit(source: string, count: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  const paragraphs = source.split('\n\n');
  const editable = paragraphs.flatMap((text, p) => (text.startsWith('#') ? [] : [p]));
  const words = tokens(source, LOCALE).filter((t) => /\p{Script=Han}/u.test(t));
  for (let n = 0; n < count; n++) {
    const p = pick(editable) ?? 0;
    const parts = tokens(paragraphs[p] ?? '', LOCALE);
    const at = Math.floor(next() * parts.length);
    const word = pick(words) ?? '信息';
    const op = pick(['replace', 'insert', 'delete'] as const);
    parts.splice(at, op === 'insert' ? 0 : 1, ...(op === 'delete' ? [] : [word]));
    paragraphs[p] = parts.join('');
  }
  return paragraphs.join('\n\n');
}

function measure(run: () => void): { median: number; p90: number } {
  for (let n = 0; n < WARMUP; n++) run();
  const times: number[] = [];
  for (let n = 0; n < RUNS; n++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  return { median: at(0.5), p90: at(0.9) };
}

const base = policy(sentences(seeds.slice(0, 2)), SIZE);
const cases = [
  { name: '10 scattered edits', a: base, b: edit(base, 10, 1), target: 50 },
  { name: '200 edits', a: base, b: edit(base, 200, 2), target: 200 },
  { name: 'unrelated documents', a: base, b: policy(sentences(seeds.slice(2)), SIZE), target: 300 },
];

console.log(
  `diffBlocks on ${SIZE.toLocaleString('en')}-character Chinese policies, ${RUNS} runs after ${WARMUP} warm-up (ms)`,
);
for (const { name, a, b, target } of cases) {
  const [blocksA, blocksB] = [parseBlocks(normalise(a)), parseBlocks(normalise(b))];
  const model = diffBlocks(blocksA, blocksB, { locale: LOCALE });
  const diff = measure(() => diffBlocks(blocksA, blocksB, { locale: LOCALE }));
  const full = measure(() => diffBlocks(parseBlocks(normalise(a)), parseBlocks(normalise(b)), { locale: LOCALE }));
  const { blocksChanged, blocksAdded, blocksRemoved } = model.stats;
  console.log(
    `${name.padEnd(20)} ${a.length}/${b.length} chars, ${blocksA.length}/${blocksB.length} blocks` +
      ` | diff median ${diff.median.toFixed(1)} p90 ${diff.p90.toFixed(1)} (target < ${target}: ${diff.median < target ? 'ok' : 'MISSED'})` +
      ` | parse+diff median ${full.median.toFixed(1)} p90 ${full.p90.toFixed(1)}` +
      ` | changed ${blocksChanged}, added ${blocksAdded}, removed ${blocksRemoved}${model.coarse ? ', coarse' : ''}`,
  );
}
