import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindFragment } from './pagefind-api.ts';
import { lexiconOf } from './lexicon.ts';
import { matchOf, planQuery, searchPolicies } from './query.ts';
import { pagefindCandidates } from './candidates.ts';
import { readSearchState } from './state.ts';

/** A stand-in index: loose search finds every page holding any query character, exact search the pages listed. */
function fakePagefind(pages: Record<string, string>, exactFinds: string[] = []): PagefindApi & { calls: string[] } {
  const calls: string[] = [];
  const result = (id: string) => ({ id, score: 1, words: [1] });
  return {
    calls,
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    mergeIndex: async () => undefined,
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
const brandNames = new Map<string, string>();

/** The stand-in index's records: each page's text, without meta. */
const fragmentsOf =
  (pages: Record<string, string>) =>
  async (id: string): Promise<PagefindFragment> => ({
    url: `/${id}/`,
    content: pages[id] ?? '',
    meta: {},
    filters: {},
    anchors: [],
  });

const lexicon = lexiconOf({
  fold: '帳账戶户註注銷销',
  groups: [
    ['儿童', '未成年人', '不满十四周岁'],
    ['注销', '删除账号'],
    ['账号', '账户'],
  ],
});
const match = (content: string, query: string) => matchOf(content, planQuery(query, lexicon), lexicon);

describe('planQuery and matchOf', () => {
  it('matches as typed through folding: traditional, variant and full-width characters, Latin case and plurals', () => {
    expect(match('您可以注销帐户。', '注销账户')).toMatchObject({ kind: 'exact', terms: ['注销帐户'] });
    expect(match('您可以注销账户。', '註銷帳戶')).toMatchObject({ kind: 'exact', terms: ['注销账户'] });
    expect(match('我们使用ＣＯＯＫＩＥ。', 'cookies')).toMatchObject({ kind: 'exact', terms: ['ＣＯＯＫＩＥ'] });
    expect(match('Our privacy policy applies.', 'policies')?.kind).toBe('exact');
    expect(match('Credit ratings and conduct.', 'cookies')).toBeUndefined();
    expect(match('我们收集 身份证\n号码。', '身份证号码')?.kind).toBe('exact');
  });

  it('finds related words below what was typed, and says which stood in', () => {
    expect(match('我们不收集未成年人的信息。', '儿童')).toMatchObject({ kind: 'related', related: ['未成年人'] });
    expect(match('您可以随时注销。', '删除账号')).toMatchObject({ kind: 'related', related: ['注销'] });
    // A related word can stand in for a part of what was typed: 账户 for 账号 in 注销账号.
    expect(match('您可以注销账户。', '注销账号')).toMatchObject({ kind: 'related', related: ['注销账户'] });
  });

  it('falls back to the words of a question: all of them, then most of them', () => {
    expect(match('您可以删除您的个人信息。', '如何删除个人信息')).toMatchObject({
      kind: 'all-words',
      words: { found: ['删除', '个人', '信息'], missing: [] },
    });
    expect(match('政策会更新。', '隐私政策更新')).toMatchObject({ kind: 'most-words' });
    expect(match('无关内容', '隐私政策更新')).toBeUndefined();
  });

  it('asks Pagefind for the query, its related words and its words', () => {
    expect(planQuery('儿童', lexicon).terms).toEqual({
      literal: ['儿童'],
      related: ['未成年人', '不满十四周岁'],
      words: [],
    });
    expect(planQuery('如何删除个人信息', lexicon).terms).toEqual({
      literal: ['如何删除个人信息'],
      related: [],
      words: ['删除', '个人', '信息'],
    });
  });

  it('keeps a term the texts define whole when it splits a question into words', () => {
    const withTerms = lexiconOf({ fold: '', groups: [], terms: ['个人信息', '敏感个人信息'] });
    expect(planQuery('如何删除个人信息', withTerms).terms.words).toEqual(['删除', '个人信息']);
    expect(planQuery('哪些属于敏感个人信息', withTerms).terms.words).toEqual(['属于', '敏感个人信息']);
    expect(
      matchOf('我们不会处理您的敏感个人信息。', planQuery('如何处理敏感个人信息', withTerms), withTerms),
    ).toMatchObject({ kind: 'all-words', words: { found: ['处理', '敏感个人信息'], missing: [] } });
  });
});

describe('searchPolicies', () => {
  const pages = { a: '发送短信验证码或邮件', b: '发送短信。验证身份的号码', c: '无关内容', d: '短信和验证码' };

  it('ranks the phrase as typed first, and looks for its words only when no page holds it', async () => {
    const hits = await searchPolicies(
      pagefindCandidates(fakePagefind(pages), brandNames, fragmentsOf(pages)),
      state('短信验证码'),
    );
    expect(hits.map((h) => [h.best.id, h.best.match.kind])).toEqual([['a', 'exact']]);
    const words = await searchPolicies(
      pagefindCandidates(fakePagefind(pages), brandNames, fragmentsOf(pages)),
      state('邮件验证码'),
    );
    expect(words.map((h) => [h.best.id, h.best.match.kind])).toEqual([['a', 'all-words']]);
  });

  it('finds nothing for an empty query', async () => {
    expect(
      await searchPolicies(pagefindCandidates(fakePagefind(pages), brandNames, fragmentsOf(pages)), state(' ')),
    ).toEqual([]);
  });
});
