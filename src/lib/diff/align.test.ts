import { describe, expect, it } from 'vitest';
import { alignIds, BLOCK_EDIT_LIMIT, type Hunk } from './align.ts';

const show = (hunks: Hunk[]) =>
  hunks.map((h) => `${h.aStart}-${h.aEnd}>${h.bStart}-${h.bEnd}${h.coarse ? ' coarse' : ''}`);

describe('alignIds', () => {
  it('finds no hunk in equal sequences', () => {
    expect(alignIds([1, 2, 3], [1, 2, 3])).toEqual([]);
  });

  it('finds insertions, deletions and replacements', () => {
    expect(show(alignIds([1, 2, 3, 4, 5], [1, 3, 9, 4, 5, 6]))).toEqual(['1-2>1-1', '3-3>2-3', '5-5>5-6']);
  });

  it('aligns repeated blocks between unique anchors', () => {
    expect(show(alignIds([1, 7, 7, 2, 7, 3], [1, 7, 2, 7, 7, 3]))).toEqual(['2-3>2-2', '5-5>4-5']);
  });

  it('keeps the longest in-order run of unique blocks when blocks move', () => {
    expect(show(alignIds([1, 2, 3, 4], [3, 1, 2, 4]))).toEqual(['0-0>0-1', '2-3>3-3']);
  });

  it('gives up on aligning a stretch past the edit limit', () => {
    const a = Array.from({ length: BLOCK_EDIT_LIMIT }, (_, k) => k % 10);
    const b = Array.from({ length: BLOCK_EDIT_LIMIT }, (_, k) => 100 + (k % 10));
    expect(show(alignIds([-1, ...a, -2], [-1, ...b, -2]))).toEqual([
      `1-${BLOCK_EDIT_LIMIT + 1}>1-${BLOCK_EDIT_LIMIT + 1} coarse`,
    ]);
  });
});
