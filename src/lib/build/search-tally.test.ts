import { describe, expect, it } from 'vitest';
import { serialize, deserialize } from 'node:v8';
import { buildLexicon } from './search-lexicon.ts';
import { countWords, tallyBlocks, type SiteText, type Tally } from './search-tally.ts';
import { segmentWords } from './word-segments.ts';

/** Texts of the given blocks, each named by its place and blocks, as a build names a text by its file and bytes. */
const texts = (...blocks: string[][]): SiteText[] =>
  blocks.map((list, i) => ({ key: `${i} ${JSON.stringify(list)}`, blocks: () => list.map((text) => ({ text })) }));

/** Both steps, as a build takes them: blocks, the lexicon's fold from their characters, then words. */
function tally(site: SiteText[], before?: Tally, segment = (t: string) => segmentWords(t)): Tally {
  const { tally, changes } = tallyBlocks(site, before);
  return countWords(tally, changes, buildLexicon(new Set(tally.chars.keys()), [], []).fold, segment);
}

/** What a build reads back: a copy through V8's serialization, as the value cache keeps it. */
const kept = (t: Tally): Tally => deserialize(serialize(t)) as Tally;

const sorted = (t: Tally) => ({
  texts: [...t.texts].sort(),
  blocks: [...t.blocks].sort(),
  chars: [...t.chars].sort(),
  words: [...t.words].sort(),
  fold: t.fold,
});

// Simplified and traditional forms of the same words, so that the fold table changes as blocks come and go.
const pieces = [
  '我们收集您的个人信息',
  '個人資訊',
  '设备信息',
  '裝置資訊',
  '第三方',
  '删除账号',
  '註銷帳號',
  'Cookie 政策',
  '。',
];

function randomTexts(seed: number): SiteText[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
  const block = () => Array.from({ length: next(4) + 1 }, () => pieces[next(pieces.length)]).join('');
  // Few distinct blocks, so that texts share them and a block occurs several times, in one text too.
  const shared = Array.from({ length: 5 }, block);
  return texts(
    ...Array.from({ length: next(5) + 1 }, () => Array.from({ length: next(4) + 1 }, () => shared[next(5)]!)),
  );
}

describe('the search tally', () => {
  it('brought up to date block by block equals the tally counted from nothing', () => {
    let running: Tally | undefined;
    for (let seed = 1; seed <= 60; seed++) {
      const site = randomTexts(seed);
      running = tally(site, running === undefined ? undefined : kept(running));
      expect(sorted(running), `after set ${seed}`).toEqual(sorted(tally(site)));
    }
  });

  it('reads only the texts it has not counted, and segments only the blocks that came or went, or occur a different number of times', () => {
    const one = ['我们收集您的个人信息。', '我们不会出售您的个人信息。'];
    const two = ['我们收集您的个人信息。'];
    const first = tally(texts(one, two));
    const cut: string[] = [];
    const segment = (text: string) => {
      cut.push(text);
      return segmentWords(text);
    };
    const read: string[] = [];
    const site = texts(['我们收集您的个人信息。', '我们会删除您的账号。', '我们收集您的个人信息。'], two).map((t) => ({
      ...t,
      blocks: () => {
        read.push(t.key);
        return t.blocks();
      },
    }));
    const next = tally(site, kept(first), segment);
    // The second text was counted before: its blocks are not read again.
    expect(read).toEqual([site[0]!.key]);
    expect(cut.sort()).toEqual(['我们不会出售您的个人信息。', '我们会删除您的账号。', '我们收集您的个人信息。']);
    expect(next.words.get('个人信息')).toBe(3);
    expect(next.words.get('出售')).toBeUndefined();
    expect(next.words.get('删除')).toBe(1);
  });

  it('takes a block away under the fold it was counted with', () => {
    // 資訊 folds to 资讯 only while a block holds 資 or 资: once the last one goes, the pair goes too.
    const first = tally(texts(['個人資訊']));
    expect(first.fold).toContain('資资');
    expect(first.words.get('资讯')).toBe(1);
    const next = tally(texts(['我们收集您的信息']), kept(first));
    expect(next.fold).not.toContain('資');
    expect(sorted(next)).toEqual(sorted(tally(texts(['我们收集您的信息']))));
  });
});
