import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResultData } from './pagefind-api.ts';
import { meets, requirements, searchPolicies } from './query.ts';
import { readSearchState } from './state.ts';

/** A stand-in index: loose search finds every page holding any query character, exact search the pages listed. */
function fakePagefind(
  pages: Record<string, string>,
  exactFinds: string[] = [],
): PagefindApi & { fetched: string[]; calls: string[] } {
  const fetched: string[] = [];
  const calls: string[] = [];
  const result = (id: string) => ({
    id,
    score: 1,
    words: [1],
    data: async () => (fetched.push(id), { content: pages[id] ?? '' } as PagefindResultData),
  });
  return {
    fetched,
    calls,
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    search: async (term) => {
      calls.push(term ?? '');
      const exact = term?.startsWith('"') ?? false;
      const ids = exact
        ? exactFinds
        : Object.keys(pages).filter((id) => [...(term ?? '')].some((c) => c.trim() && pages[id]!.includes(c)));
      return { results: ids.map(result), unfilteredResultCount: ids.length };
    },
  };
}

const state = (q: string) => readSearchState(new URLSearchParams({ q }), undefined);
const context = { brandNames: new Map<string, string>(), language: 'zh-CN' };

describe('requirements', () => {
  it('asks for Chinese chunks as phrases everywhere, and for every chunk in a Chinese index', () => {
    expect(requirements('短信验证码 Cookies', 'zh-CN')).toEqual([{ phrase: '短信验证码' }, { phrase: 'cookies' }]);
    expect(requirements('"bank account" 账户', 'en')).toEqual([
      { wordStart: 'bank' },
      { wordStart: 'acco' },
      { phrase: '账户' },
    ]);
  });

  it('lets stemmed English words through and stops Pagefind’s prefix fallback', () => {
    expect(meets('Our privacy policy applies.', requirements('policies', 'en'))).toBe(true);
    expect(meets('Credit ratings and conduct.', requirements('cookies', 'en'))).toBe(false);
    expect(meets('我们收集 身份证\n号码。', requirements('身份证号码', 'zh-CN'))).toBe(true);
  });
});

describe('searchPolicies', () => {
  const pages = { a: '发送短信验证码或邮件', b: '发送短信。验证身份的号码', c: '无关内容' };

  it('keeps only pages with the phrase, checking the ones Pagefind’s exact search did not vouch for', async () => {
    const pagefind = fakePagefind(pages, ['a']);
    const hits = await searchPolicies(pagefind, state('短信验证码'), context);
    expect(hits.map((h) => h.id)).toEqual(['a']);
    expect(pagefind.calls).toEqual(['短信验证码', '"短信验证码"']);
    expect(pagefind.fetched).toEqual(['b']);
  });

  it('finds a phrase that exact search missed because the indexer split it differently', async () => {
    const hits = await searchPolicies(fakePagefind(pages, []), state('短信验证码'), context);
    expect(hits.map((h) => h.id)).toEqual(['a']);
  });

  it('does not take a match in the metadata alone (a URL, say) for one in the text', async () => {
    const pagefind = fakePagefind(pages, ['a', 'c']);
    const search = pagefind.search;
    pagefind.search = async (term, options) => {
      const response = await search(term, options);
      return { ...response, results: response.results.map((r) => (r.id === 'c' ? { ...r, words: [] } : r)) };
    };
    expect((await searchPolicies(pagefind, state('短信验证码'), context)).map((h) => h.id)).toEqual(['a']);
  });

  it('fetches each result’s data once', async () => {
    const pagefind = fakePagefind(pages, []);
    const [hit] = await searchPolicies(pagefind, state('短信验证码'), context);
    await hit?.data();
    expect(pagefind.fetched.filter((id) => id === 'a')).toHaveLength(1);
  });

  it('keeps candidates beyond the check limit unchecked, and finds nothing for an empty query', async () => {
    expect((await searchPolicies(fakePagefind(pages), state('短信验证码'), context, 1)).map((h) => h.id)).toEqual([
      'a',
      'b',
    ]);
    expect(await searchPolicies(fakePagefind(pages), state(' '), context)).toEqual([]);
  });
});
