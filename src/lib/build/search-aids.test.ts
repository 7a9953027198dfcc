import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { renderLabels } from '../i18n/index.ts';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { processPolicy } from '../policy/text.ts';
import { mergeAids, searchAids } from './search-aids.ts';
import { valueCache } from './value-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'search-aids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Brand acme with a version of each body; or each brand named with a version of each of its bodies. */
function catalogOf(bodies: string[] | Record<string, string[]>): Catalog {
  const byBrand = Array.isArray(bodies) ? { acme: bodies } : bodies;
  const versions = Object.entries(byBrand).flatMap(([brand, list]) =>
    list.map((body, i) => {
      const text = processPolicy(body, { file: 'x.mdx', bodyLine: 1 }, renderLabels('zh-CN')).text!;
      const file = `brands/${brand}/privacy/202${i}-01-01.mdx`;
      return versionRecord(`202${i}-01-01`, { brand, file, body, text, sha256: `sha-of-${body}` });
    }),
  );
  const brands = Object.keys(byBrand).map((id) => ({
    ...brandRecord({ locales: [] }),
    id,
    file: `brands/${id}/brand.yaml`,
  }));
  return buildCatalog({ brands, versions }, '2030-01-01');
}

const refuse = () => {
  throw new Error('segmented again');
};

describe('the search lexicon and suggestions kept between builds', () => {
  const bodies = [
    '## 定义\n\n个人信息:指信息。\n\n## 收集\n\n我们收集您的个人信息。\n',
    '## 收集\n\n我们收集您的个人信息和设备信息。\n',
  ];
  const groups = [['个人信息', '个人资料']];

  it('are made once, then read back by a build with the same texts, vocabulary and code', () => {
    const kept = { cache: valueCache(dir), codeKey: 'code-1', site: 'a' };
    const first = searchAids(catalogOf(bodies), groups, kept);
    const lexicon = first.lexicon();
    expect(lexicon.terms).toEqual(['个人信息']);
    expect(first.suggestions().words).toContain('个人信息');
    // A build that would have to segment the texts again fails here: it reads them instead.
    const again = searchAids(catalogOf(bodies), groups, kept, refuse);
    expect(again.suggestions()).toEqual(first.suggestions());
    expect(again.lexicon()).toEqual(lexicon);
  });

  it('are made again when a text, the vocabulary or the code changed', () => {
    const kept = { cache: valueCache(dir), codeKey: 'code-1', site: 'a' };
    searchAids(catalogOf(bodies), groups, kept).suggestions();
    const changed = [bodies[0]!, `${bodies[1]!}\n新增一段。\n`];
    expect(() => searchAids(catalogOf(changed), groups, kept, refuse).suggestions()).toThrow('segmented again');
    expect(() => searchAids(catalogOf(bodies), [['个人信息']], kept, refuse).suggestions()).toThrow('segmented again');
    const newCode = { cache: valueCache(dir), codeKey: 'code-2', site: 'a' };
    expect(() => searchAids(catalogOf(bodies), groups, newCode, refuse).suggestions()).toThrow('segmented again');
  });

  it('keep one lexicon, and one part and tally per brand, per site, the last build’s, whatever the number of builds', () => {
    const own = mkdtempSync(join(tmpdir(), 'search-aids-'));
    const kept = (site: string) => ({ cache: valueCache(own), codeKey: 'code-1', site });
    const texts = (n: number) => catalogOf([...bodies, `## 新增\n\n第${n}段。\n`]);
    let last = searchAids(texts(0), groups, kept('a')).suggestions();
    for (let n = 1; n < 4; n++) last = searchAids(texts(n), groups, kept('a')).suggestions();
    searchAids(catalogOf(bodies), groups, kept('b')).lexicon();
    const [folder = ''] = readdirSync(own);
    expect(readdirSync(join(own, folder)).sort()).toEqual([
      'search-aids-a.bin',
      'search-aids-b.bin',
      'search-part-acme-a.bin',
      'search-part-acme-b.bin',
      'search-tally-acme-a.bin',
      'search-tally-acme-b.bin',
    ]);
    // The last build's are read back: the same texts again count nothing anew.
    expect(searchAids(texts(3), groups, kept('a'), refuse).suggestions()).toEqual(last);
  });

  it('without a cache are made each time a site is loaded, once per load', () => {
    let calls = 0;
    const counting = (text: string) => {
      calls++;
      return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) =>
        s.isWordLike ? s.segment : '',
      );
    };
    const aids = searchAids(catalogOf(bodies), groups, undefined, counting);
    aids.suggestions();
    const once = calls;
    aids.suggestions();
    aids.lexicon();
    expect(once).toBeGreaterThan(0);
    expect(calls).toBe(once);
  });
});

describe("each brand's part of the lexicon and suggestions", () => {
  // Brands share words and blocks, hold traditional and simplified forms, and define terms.
  const group = {
    a: [
      '## 定义\n\n个人信息:指信息。\n\n## 收集\n\n我们收集您的个人信息和设备信息。\n',
      '## 收集\n\n我们收集您的个人信息。\n',
    ],
    b: ['## 收集\n\n我們收集您的個人資訊與裝置資訊。\n\n## 刪除\n\n您可以註銷帳號。\n'],
    c: ['## 定义\n\n设备信息:指设备的信息。\n\n## 收集\n\n我们收集您的个人信息。\n\n我们收集您的个人信息。\n'],
  };
  const groups = [['个人信息', '个人资料']];

  it('added up in any grouping make the files all the texts make together', () => {
    const catalog = catalogOf(group);
    const whole = searchAids(catalog, groups);
    const shards = [new Set(['a']), new Set(['b', 'c'])].map((brands) =>
      searchAids(catalog, groups, undefined, undefined, brands),
    );
    expect(Object.keys(shards[1]!.parts())).toEqual(['b', 'c']);
    const merged = mergeAids(
      shards.flatMap((s) => Object.values(s.parts())),
      groups,
    );
    expect(merged.lexicon).toEqual(whole.lexicon());
    expect(merged.suggestions).toEqual(whole.suggestions());
    expect(mergeAids(Object.values(whole.parts()).reverse(), groups)).toEqual(merged);
    // What a shard serves alone: its own brands' words and terms.
    expect(shards[0]!.lexicon().terms).toEqual(['个人信息']);
    expect(whole.lexicon().terms).toEqual(['个人信息', '设备信息']);
    expect(whole.lexicon().fold).toContain('個个');
    expect(shards[0]!.lexicon().fold).not.toContain('帳');
    expect(whole.suggestions().words).toContain('个人信息');
  });

  it("count again only the brand whose texts changed, reading the others' parts back", () => {
    const own = mkdtempSync(join(tmpdir(), 'search-aids-'));
    const kept = { cache: valueCache(own), codeKey: 'code-1', site: 'a' };
    searchAids(catalogOf(group), groups, kept).suggestions();
    const segmented: string[] = [];
    const recording = (text: string) => {
      segmented.push(text);
      return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) =>
        s.isWordLike ? s.segment : '',
      );
    };
    const changed = { ...group, b: [...group.b, '## 刪除\n\n新增一段繁體文字。\n'] };
    const after = searchAids(catalogOf(changed), groups, kept, recording);
    expect(after.suggestions()).toEqual(searchAids(catalogOf(changed), groups).suggestions());
    // The new block, and the heading whose occurrences changed: none of the other brands' blocks.
    expect(segmented).toEqual(['删除', '新增一段繁体文字。']);
  });
});
