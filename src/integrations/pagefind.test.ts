import { describe, expect, it } from 'vitest';
import { chunkSize } from './pagefind.ts';

describe('chunkSize', () => {
  it('cuts a small index finely and keeps a large one at Pagefind’s default', () => {
    expect(chunkSize(100_000)).toBe(4_000);
    expect(chunkSize(480_000)).toBe(10_000);
    expect(chunkSize(50_000_000)).toBe(20_000);
  });
});
