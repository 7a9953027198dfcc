import { describe, expect, it } from 'vitest';
import { QUICK_SEARCH_CHARACTERS, quickScopes } from './current.ts';

describe('quickScopes', () => {
  it('searches a scope from its records while its texts in force are small enough', () => {
    const small = new Map([
      ['a', 10_000],
      ['b', 20_000],
    ]);
    expect(quickScopes(small, 'a')).toEqual({ brand: true, all: ['a', 'b'] });
    expect(quickScopes(small, undefined)).toEqual({ brand: false, all: ['a', 'b'] });
    const large = new Map([
      ['a', 10_000],
      ['b', QUICK_SEARCH_CHARACTERS],
    ]);
    expect(quickScopes(large, 'a')).toEqual({ brand: true, all: undefined });
    expect(quickScopes(large, 'b')).toEqual({ brand: true, all: undefined });
    expect(quickScopes(new Map([['a', QUICK_SEARCH_CHARACTERS + 1]]), 'a')).toEqual({ brand: false, all: undefined });
  });
});
