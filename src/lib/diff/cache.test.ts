import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueCache } from '../build/value-cache.ts';
import type { VersionRecord } from '../content/read.ts';
import { parseBlocks } from '../policy/blocks.ts';
import { cachedDiffs, diffKey } from './cache.ts';
import { diffBlocks } from './diff.ts';

const text = (sha256: string, body: string) =>
  ({ sha256, locale: 'zh-CN', text: { blocks: parseBlocks(body) } }) as unknown as VersionRecord;
const before = text('a'.repeat(64), '## 收集\n\n我们收集您的姓名。\n\n## 共享\n\n我们不会共享。');
const after = text('b'.repeat(64), '## 收集\n\n我们收集您的姓名和电话。\n\n## 共享\n\n我们不会共享。');

describe('cachedDiffs', () => {
  it('computes a redline once and keeps it, with its counts apart, for the next build', () => {
    const disk = valueCache(mkdtempSync(join(tmpdir(), 'diff-cache-')));
    const expected = diffBlocks(before.text.blocks, after.text.blocks, { locale: 'zh-CN' });
    expect(cachedDiffs(disk).model(before, after)).toEqual(expected);
    expect(disk.has(diffKey(before, after))).toBe(true);

    // The next build reads the counts alone, without the redline; then the redline itself.
    const next = cachedDiffs(disk);
    expect(next.stats(before, after)).toEqual(expected.stats);
    expect(next.model(before, after)).toEqual(expected);
  });

  it('counts a redline cached before its counts were, and keeps the counts from then on', () => {
    const disk = valueCache(mkdtempSync(join(tmpdir(), 'diff-cache-')));
    const model = diffBlocks(before.text.blocks, after.text.blocks, { locale: 'zh-CN' });
    disk.set(diffKey(before, after), model);
    expect(cachedDiffs(disk).stats(before, after)).toEqual(model.stats);
    expect(disk.get(`stats-${diffKey(before, after).slice('diff-'.length)}`)).toEqual(model.stats);
  });

  it('names a redline by both texts, their language and the engine', () => {
    const redlines = cachedDiffs(undefined, 'engine-1');
    expect(redlines.name(before, after)).toBe(`engine-1/${diffKey(before, after)}`);
    expect(redlines.name(after, before)).not.toBe(redlines.name(before, after));
    expect(cachedDiffs(undefined, 'engine-2').name(before, after)).not.toBe(redlines.name(before, after));
    expect(redlines.name(before, { ...after, locale: 'en' })).not.toBe(redlines.name(before, after));
  });
});
