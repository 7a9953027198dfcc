import { describe, expect, it } from 'vitest';
import { chunkSize, shareJobs } from './search-bundles.ts';

describe('chunkSize', () => {
  it('cuts a small index finely and keeps a large one at Pagefind’s default', () => {
    expect(chunkSize(100_000)).toBe(4_000);
    expect(chunkSize(480_000)).toBe(10_000);
    expect(chunkSize(50_000_000)).toBe(20_000);
  });
});

describe('shareJobs', () => {
  const job = (brand: string, characters: number) => ({ brand, paths: [`/${brand}/`], characters });

  it('shares brands among the lanes so that each holds about as much text', () => {
    const lanes = shareJobs([job('a', 10), job('b', 60), job('c', 30), job('d', 25), job('e', 5)], 2);
    expect(lanes.map((lane) => lane.map((j) => j.brand))).toEqual([
      ['b', 'e'],
      ['c', 'd', 'a'],
    ]);
    const totals = lanes.map((lane) => lane.reduce((n, j) => n + j.characters, 0));
    expect(Math.abs(totals[0]! - totals[1]!)).toBeLessThanOrEqual(5);
  });

  it('never makes more lanes than jobs, nor an empty one', () => {
    expect(shareJobs([job('a', 1)], 8)).toEqual([[job('a', 1)]]);
    expect(shareJobs([], 2)).toEqual([]);
    expect(shareJobs([job('a', 1), job('b', 1)], 0)).toHaveLength(1);
  });
});
