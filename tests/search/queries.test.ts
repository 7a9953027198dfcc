import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { planQuery } from '../../src/lib/search/query.ts';
import { resultView } from '../../src/lib/search/results.ts';
import { readSearchState } from '../../src/lib/search/state.ts';
import { suggestQuery } from '../../src/lib/search/suggest.ts';
import { formBundles, readPage } from '../support/html.ts';
import { sampleBrandNames, useSampleSearch } from '../support/sample-search.ts';

/**
 * The sample site's real index, searched from Node through the site's own pagefind.js and the same
 * search logic the browser runs. Expected pages were chosen by reading content/brands/*\/privacy/*.mdx
 * (and checked with grep): "brand date" names the version's permanent URL.
 */
const dist = inject('sites').sample;
const sample = useSampleSearch(dist);
/** In force on 2026-11-21, the day the test build computes statuses for. */
const current = new Set([
  'beiye 2024-09-01',
  'chefu 2025-01-15',
  'jiapin 2023-05-10',
  'xinrisheng 2024-04-01',
  'yhd 2023-03-01',
  'en/beiye 2024-09-01',
]);

async function results(language: 'zh-CN' | 'en', query: string) {
  const state = readSearchState(new URLSearchParams(query), undefined);
  const groups = await sample.policies(language, query);
  // Every matching version, each policy's best first (grouping is tested on its own below).
  return Promise.all(
    groups
      .flatMap((g) => [g.best, ...g.others])
      .map(async (hit) => ({ data: await hit.data(), view: resultView(await hit.data(), state.q, hit.match) })),
  );
}

const policies = (query: string) => sample.policies('zh-CN', query);

const versionOf = (data: { meta: Record<string, string | undefined> }) =>
  data.meta['version_url']!.replace(/^\/(.+)\/privacy\/([\d-]+)\/$/, '$1 $2');

/** "beiye 2024-09-01" for /beiye/privacy/2024-09-01/, "en/beiye …" for the English translation; `kind` keeps one kind of match. */
async function found(language: 'zh-CN' | 'en', query: string, kind?: string): Promise<string[]> {
  const all = await results(language, query);
  return all
    .filter(({ view }) => kind === undefined || view.match.kind === kind)
    .map(({ data }) => versionOf(data))
    .sort();
}

const everything = [
  'beiye 2019-06-01',
  'beiye 2022-03-15',
  'beiye 2024-09-01',
  'chefu 2019-11-01',
  'chefu 2022-10-01',
  'chefu 2025-01-15',
  'jiapin 2020-08-20',
  'jiapin 2023-05-10',
  'xinrisheng 2018-02-04',
  'xinrisheng 2022-07-01',
  'xinrisheng 2024-04-01',
  'yhd 2017-09-01',
  'yhd 2023-03-01',
  'yhd 2027-01-01',
];
const beiye = ['beiye 2019-06-01', 'beiye 2022-03-15', 'beiye 2024-09-01'];
const chefu = ['chefu 2019-11-01', 'chefu 2022-10-01', 'chefu 2025-01-15'];
const jiapin = ['jiapin 2020-08-20', 'jiapin 2023-05-10'];
const xinrisheng = ['xinrisheng 2018-02-04', 'xinrisheng 2022-07-01', 'xinrisheng 2024-04-01'];
const yhd = ['yhd 2017-09-01', 'yhd 2023-03-01', 'yhd 2027-01-01'];
const minors = [...beiye, 'chefu 2022-10-01', 'chefu 2025-01-15', ...jiapin, ...yhd];

/** Query, and every version (current, archived, upcoming) whose text holds it. */
const chinese: [string, string[]][] = [
  ['个人信息', everything],
  ['身份证号码', [...beiye, ...yhd]],
  ['未成年人', minors],
  ['监护人', minors],
  ['银行账号', ['beiye 2019-06-01', 'beiye 2022-03-15', ...yhd]],
  // 帐户 and 账户 are one word: chefu writes 注销帐户.
  ['注销账户', ['beiye 2024-09-01', 'chefu 2025-01-15', ...jiapin]],
  ['注销', ['beiye 2024-09-01', 'chefu 2025-01-15', ...jiapin, 'xinrisheng 2024-04-01', 'yhd 2027-01-01']],
  ['跨境', ['jiapin 2023-05-10', 'xinrisheng 2022-07-01', 'xinrisheng 2024-04-01']],
  ['短信验证码', ['xinrisheng 2018-02-04']],
  ['驾驶证号码', ['yhd 2017-09-01']],
  ['护照', ['beiye 2019-06-01', 'beiye 2022-03-15', ...yhd]],
  ['隐私权', [...beiye, ...jiapin]],
  ['保存三年', ['beiye 2022-03-15', 'beiye 2024-09-01', 'chefu 2025-01-15', 'xinrisheng 2024-04-01', 'yhd 2027-01-01']],
  ['个性化推荐', ['xinrisheng 2024-04-01', 'yhd 2027-01-01']],
  ['敏感信息', [...jiapin, ...xinrisheng]],
  ['地理位置', chefu],
  ['指纹', xinrisheng],
  [
    '匿名化',
    ['beiye 2022-03-15', 'beiye 2024-09-01', 'chefu 2025-01-15', ...jiapin, 'xinrisheng 2024-04-01', 'yhd 2027-01-01'],
  ],
  ['投诉', [...beiye, ...jiapin, ...xinrisheng]],
  ['设备信息', [...chefu, ...jiapin, ...xinrisheng]],
  ['量子力学', []],
];

/** Latin script and mixed queries: in the Chinese texts, then in the English translations of 贝业's policy. */
const mixed: ['zh-CN' | 'en', string, string[]][] = [
  ['zh-CN', 'Cookie', [...chefu, ...jiapin, ...xinrisheng]],
  ['zh-CN', 'IP地址', [...beiye, ...chefu, ...jiapin, ...xinrisheng]],
  ['zh-CN', 'Web Beacon', [...chefu, ...xinrisheng]],
  ['zh-CN', 'SDK', jiapin],
  ['en', 'passport', ['en/beiye 2019-06-01', 'en/beiye 2022-03-15']],
  ['en', 'bank account', ['en/beiye 2019-06-01', 'en/beiye 2022-03-15']],
  ['en', 'minors', ['en/beiye 2019-06-01', 'en/beiye 2022-03-15', 'en/beiye 2024-09-01']],
  ['en', 'withdraw consent', ['en/beiye 2024-09-01']],
  // One index holds both languages: an English word finds the Chinese texts that use it.
  ['en', 'cookies', [...chefu, ...jiapin, ...xinrisheng]],
  ['zh-CN', 'cookies', [...chefu, ...jiapin, ...xinrisheng]],
  ['zh-CN', 'ＩＰ地址', [...beiye, ...chefu, ...jiapin, ...xinrisheng]],
];

describe('Chinese queries on the sample index', () => {
  it.each(chinese)(
    '%s finds the current versions that hold it, and with the archive every version',
    async (query, all) => {
      expect(await found('zh-CN', `q=${query}&archive=1`, 'exact')).toEqual(all);
      expect(await found('zh-CN', `q=${query}`, 'exact')).toEqual(all.filter((v) => current.has(v)));
    },
  );

  it('finds 个人信息 in the current policy of all five brands', async () => {
    expect((await results('zh-CN', 'q=个人信息')).map((r) => r.data.meta['brand']).sort()).toEqual(
      ['1号店', '新日升分销平台', '嘉品云市', '贝业', '车服到家'].sort(),
    );
  });

  it('finds 短信验证码 and 驾驶证号码 only in the archive', async () => {
    expect(await found('zh-CN', 'q=短信验证码', 'exact')).toEqual([]);
    expect(await found('zh-CN', 'q=驾驶证号码', 'exact')).toEqual([]);
    const [result] = await results('zh-CN', 'q=驾驶证号码&archive=1');
    expect(result?.view).toMatchObject({ brand: '1号店', date: '2017-09-01', status: 'archived', number: 1 });
  });
});

describe('English and mixed queries', () => {
  it.each(mixed)('%s: %s', async (language, query, all) => {
    expect(await found(language, `q=${query}&archive=1`, 'exact')).toEqual(all);
    expect(await found(language, `q=${query}`, 'exact')).toEqual(all.filter((v) => current.has(v)));
  });
});

/**
 * What a reader means: the same word written with variant or traditional characters, words of the
 * vocabulary (src/lib/search/vocabulary/) that stand for what was typed, and questions whose words
 * are found apart. [query, match kind, current versions found, a related word or matched word shown].
 */
const meant: [string, string, string[], string][] = [
  ['注销帐户', 'exact', ['beiye 2024-09-01', 'chefu 2025-01-15', 'jiapin 2023-05-10'], ''],
  ['註銷帳戶', 'exact', ['beiye 2024-09-01', 'chefu 2025-01-15', 'jiapin 2023-05-10'], ''],
  ['個人信息', 'exact', current.size > 0 ? [...current].filter((v) => !v.startsWith('en/')).sort() : [], ''],
  ['儿童', 'related', ['beiye 2024-09-01', 'chefu 2025-01-15', 'jiapin 2023-05-10', 'yhd 2023-03-01'], '未成年人'],
  [
    '删除账号',
    'related',
    ['beiye 2024-09-01', 'chefu 2025-01-15', 'jiapin 2023-05-10', 'xinrisheng 2024-04-01'],
    '注销',
  ],
  ['人脸', 'related', ['xinrisheng 2024-04-01'], '面部'],
  ['多久', 'related', ['jiapin 2023-05-10'], '保存时间'],
  // From the content folder's own vocabulary (content/search/vocabulary.yaml).
  ['一号店', 'related', ['yhd 2023-03-01'], '1号店'],
  [
    '如何删除个人信息',
    'all-words',
    ['beiye 2024-09-01', 'chefu 2025-01-15', 'jiapin 2023-05-10', 'xinrisheng 2024-04-01', 'yhd 2023-03-01'],
    '删除',
  ],
];

describe('queries by what a reader means', () => {
  it.each(meant)('%s matches as %s', async (query, kind, versions, shown) => {
    const every = await results('zh-CN', `q=${query}`);
    // The best kind of match comes first; weaker ones (related words) may follow it.
    expect(every[0]?.view.match.kind).toBe(kind);
    const all = every.filter(({ view }) => view.match.kind === kind);
    expect(all.map(({ data }) => versionOf(data)).sort()).toEqual(versions);
    if (shown !== '') {
      const said = all.flatMap(({ view }) => [...view.match.related, ...view.match.found]).join(' ');
      expect(said).toContain(shown);
      // What stood in for the query is highlighted in the excerpt.
      expect(all.some(({ view }) => view.excerpt.some((p) => p.mark))).toBe(true);
    }
  });

  it('ranks what was typed above what related words find', async () => {
    const kinds = (await policies('q=未成年人&archive=1')).map((g) => g.best.match.kind);
    expect(kinds[0]).toBe('exact');
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'exact' ? -1 : 1)));
  });

  it('finds nothing for words no policy holds, however they are written', async () => {
    for (const query of ['量子力学', '区块链挖矿', 'blockchain'])
      expect(await found('zh-CN', `q=${query}&archive=1`)).toEqual([]);
  });
});

/** Typos, and the spelling the site's words suggest for each ("您是不是要找"); undefined: no suggestion. */
const typos: [string, string | undefined][] = [
  ['身份正', '身份证'],
  ['个人信心', '个人信息'],
  ['隐私正策', '隐私政策'],
  ['监户人', '监护人'],
  ['未成人', '未成年'],
  ['cokie', 'cookie'],
  ['个人信息', undefined],
  ['量子力学', undefined],
];

describe('suggestions for typos', () => {
  it.each(typos)('%s → %s', async (typo, meant) => {
    expect(suggestQuery(typo, sample.speller, sample.lexicon.fold)).toBe(meant);
    // What is suggested finds something as typed.
    if (meant !== undefined) expect((await results('zh-CN', `q=${meant}`)).length).toBeGreaterThan(0);
  });
});

describe('every language from every search page', () => {
  it('ranks texts in the page’s language first among equal matches, and labels each with its language', async () => {
    const on = async (language: 'zh-CN' | 'en') =>
      Promise.all(
        (await sample.policies(language, 'q=IP')).map(async (g) => (await g.best.data()).filters['locale']?.[0]),
      );
    const chinese = await on('zh-CN');
    expect(chinese.at(-1)).toBe('en');
    expect(chinese.slice(0, -1).every((l) => l === 'zh-CN')).toBe(true);
    expect((await on('en'))[0]).toBe('en');
    const [english] = await results('zh-CN', 'q=withdraw consent');
    expect(english?.view.locale).toBe('en');
  });
});

describe('one result per policy', () => {
  it('shows each policy once: its current version, then its other versions newest first', async () => {
    const groups = await policies('q=个人信息&archive=1');
    const shown = await Promise.all(
      groups.map(async (g) => [g.best, ...g.others].map(async (h) => versionOf(await h.data()))),
    ).then((all) => Promise.all(all.map((g) => Promise.all(g))));
    expect(shown.map((g) => g[0]).sort()).toEqual([...current].filter((v) => !v.startsWith('en/')).sort());
    expect(shown.find((g) => g[0]!.startsWith('xinrisheng'))).toEqual(xinrisheng.slice().reverse());
    // 1号店's upcoming version comes after the one in force and before the archive.
    expect(shown.find((g) => g[0]!.startsWith('yhd'))).toEqual(['yhd 2023-03-01', 'yhd 2027-01-01', 'yhd 2017-09-01']);
  });

  it('puts the archived version first only when no other version of the policy matches', async () => {
    const [only] = await policies('q=驾驶证号码&archive=1');
    expect(only?.others).toEqual([]);
    expect((await only!.best.data()).meta['status']).toBe('archived');
  });
});

describe('filters, sorting and what each result carries', () => {
  it('narrows to one brand and to one policy', async () => {
    expect(await found('zh-CN', 'q=个人信息&brand=yhd&archive=1')).toEqual(yhd);
    expect(await found('zh-CN', 'q=个人信息&policy=隐私政策')).toEqual(['jiapin 2023-05-10']);
  });

  it('sorts policies by the effective date of the version shown, newest first', async () => {
    const groups = await policies('q=个人信息&archive=1&sort=date');
    const dates = await Promise.all(groups.map(async (g) => (await g.best.data()).meta['date']!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('carries the brand, policy, status and language as filters and the title, brand, date and URL as meta', async () => {
    const [result] = await results('zh-CN', 'q=短信验证码&archive=1');
    expect(result?.data.filters).toEqual({
      brand: ['新日升分销平台'],
      policy: ['客户信息与个人信息保护方针'],
      status: ['archived'],
      locale: ['zh-CN'],
    });
    expect(result?.data.meta).toMatchObject({
      title: '客户信息与个人信息保护方针',
      brand: '新日升分销平台',
      date: '2018-02-04',
      version_url: '/xinrisheng/privacy/2018-02-04/',
    });
  });

  it('deep-links a current version’s result to the section of its canonical page, asking it to highlight the phrase', async () => {
    const result = (await results('zh-CN', 'q=跨境')).find((r) => r.view.brandId === 'jiapin');
    const link = new URL(result!.view.href, 'http://x');
    expect(link.pathname).toBe('/jiapin/privacy/');
    expect(link.searchParams.getAll('highlight')).toEqual(['跨境']);
    const id = decodeURIComponent(link.hash.slice(1));
    expect(id).toContain('跨境');
    expect(readPage(dist, '/jiapin/privacy/')).toContain(`id="${id}"`);
  });

  it('finds what only a version’s lists hold, and leads to that list on the version’s lists page', async () => {
    // 贝业's collected lists of 2022 and 2024 give this purpose; no text says it.
    const all = await results('zh-CN', 'q=安装商品和提供售后服务&archive=1');
    expect(all.map(({ data }) => versionOf(data)).sort()).toEqual(['beiye 2022-03-15', 'beiye 2024-09-01']);
    const result = all.find(({ data }) => versionOf(data) === 'beiye 2024-09-01')!;
    const link = new URL(result.view.href, 'http://x');
    expect(link.pathname).toBe('/beiye/privacy/2024-09-01/lists/');
    expect(link.hash).toBe('#collected-list');
    expect(link.searchParams.getAll('highlight')).toEqual(['安装商品和提供售后服务']);
    expect(readPage(dist, link.pathname)).toContain('id="collected-list"');
    expect(result.view.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['安装商品和提供售后服务']);
    // A result found in the text still leads to the text.
    const text = (await results('zh-CN', 'q=个人信息')).find((r) => r.view.brandId === 'beiye')!;
    expect(new URL(text.view.href, 'http://x').pathname).toBe('/beiye/privacy/');
  });

  it('keeps a term a policy defines whole in a question, and offers it as a suggestion', () => {
    // 个人信息删除 is defined in 嘉品云市's 定义 part; the segmenter alone cuts it as 个人|信息|删除.
    expect(planQuery('怎样申请个人信息删除', sample.lexicon).terms.words).toContain('个人信息删除');
    expect(sample.lexicon.words).toContain('嘉品云市app');
  });
});

describe('what the index holds', () => {
  const bundles = [...sampleBrandNames.keys()].map((brand) => join(dist, 'pagefind', brand));

  it('holds each version once, at its permanent URL, in one bundle per brand, each for every language', async () => {
    const counts = bundles.map((bundle) => {
      const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      // One index for every language, so every search page searches every text.
      expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
      return entry.languages['zh-cn']?.page_count ?? 0;
    });
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b)).toBe(17);
  });

  it('names every bundle on every search form, so that a search of every brand merges them all', () => {
    const all = JSON.stringify([...sampleBrandNames.keys()].sort());
    for (const path of ['/', '/beiye/privacy/', '/search/', '/yhd/search/', '/en/search/']) {
      const forms = formBundles(readPage(dist, path));
      expect(forms.length, path).toBeGreaterThan(0);
      for (const bundles of forms) expect(JSON.stringify([...bundles].sort()), path).toBe(all);
    }
  });

  it('keeps every bundle’s records in one folder, where a result is read without knowing its bundle', () => {
    for (const bundle of bundles) expect(existsSync(join(bundle, 'fragment'))).toBe(false);
    expect(readdirSync(join(dist, 'pagefind/fragment'))).toHaveLength(17);
  });

  it('is cut in small chunks, so a first query downloads little of it', () => {
    const chunks = bundles.flatMap((bundle) =>
      readdirSync(join(bundle, 'index')).map((f) => statSync(join(bundle, 'index', f)).size),
    );
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks)).toBeLessThan(8 * 1024);
  });

  it('leaves out page chrome: banners, history summaries, navigation', async () => {
    for (const chrome of ['本站的品牌与政策文本', '示例修订', '版本历史', '变更摘要'])
      expect(await found('zh-CN', `q=${chrome}&archive=1`, 'exact')).toEqual([]);
  });

  it('ships neither Pagefind’s own interface nor its worker, which the site does not use', () => {
    for (const bundle of bundles) {
      expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
      expect(existsSync(join(bundle, 'pagefind-ui.js'))).toBe(false);
      expect(existsSync(join(bundle, 'pagefind-worker.js'))).toBe(false);
    }
  });
});
