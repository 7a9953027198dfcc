import { describe, expect, it } from 'vitest';
import { keptValues } from './kept.ts';

describe('keptValues', () => {
  it('makes a value once per key, and drops the oldest past the limit', () => {
    let made = 0;
    const kept = keptValues<number>(2);
    const make = () => ++made;
    expect([kept('a', make), kept('a', make), kept('b', make)]).toEqual([1, 1, 2]);
    kept('c', make);
    expect(kept('b', make)).toBe(2);
    expect(kept('a', make)).toBe(4);
  });

  it('keeps nothing when making throws', () => {
    const kept = keptValues<number>(2);
    expect(() =>
      kept('a', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(kept('a', () => 1)).toBe(1);
  });
});
