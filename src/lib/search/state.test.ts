import { describe, expect, it } from 'vitest';
import { pagefindOptions, readSearchState, writeSearchState, type SearchState } from './state.ts';

const names = new Map([
  ['beiye', '贝业'],
  ['yhd', '1号店'],
]);
const read = (query: string, scope?: string) => readSearchState(new URLSearchParams(query), scope);

describe('search state in the URL', () => {
  it('reads a shared search', () => {
    expect(read('q=%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF&brand=yhd&archive=1&sort=date')).toEqual({
      q: '个人信息',
      brand: 'yhd',
      policy: undefined,
      archive: true,
      sort: 'date',
    });
  });

  it('searches the page’s own brand by default and every brand with brand=all', () => {
    expect(read('q=x', 'beiye').brand).toBe('beiye');
    expect(read('q=x&brand=all', 'beiye').brand).toBeUndefined();
    expect(read('q=x').brand).toBeUndefined();
  });

  it('writes only what differs from the page’s defaults, and reads it back', () => {
    const state: SearchState = { q: '监护人', brand: undefined, policy: '隐私政策', archive: true, sort: 'relevance' };
    const params = writeSearchState(state, 'beiye');
    expect(params.toString()).toBe(
      'q=%E7%9B%91%E6%8A%A4%E4%BA%BA&brand=all&policy=%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96&archive=1',
    );
    expect(readSearchState(params, 'beiye')).toEqual(state);
    expect(writeSearchState({ ...state, brand: 'beiye', policy: undefined, archive: false }, 'beiye').toString()).toBe(
      'q=%E7%9B%91%E6%8A%A4%E4%BA%BA',
    );
  });
});

describe('pagefindOptions', () => {
  it('searches current versions only unless the archive is included', () => {
    expect(pagefindOptions(read('q=x'), names)).toEqual({ filters: { status: 'current' } });
    expect(pagefindOptions(read('q=x&archive=1'), names)).toEqual({ filters: {} });
  });

  it('filters on the brand’s display name and the policy title, and sorts by date on request', () => {
    expect(pagefindOptions(read('q=x&brand=yhd&policy=隐私政策声明&sort=date'), names)).toEqual({
      filters: { brand: '1号店', policy: '隐私政策声明', status: 'current' },
      sort: { date: 'desc' },
    });
  });

  it('ignores a brand the site does not have', () => {
    expect(pagefindOptions(read('q=x&brand=nope'), names).filters).toEqual({ status: 'current' });
  });
});
