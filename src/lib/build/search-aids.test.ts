import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { renderLabels } from '../i18n/index.ts';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { processPolicy } from '../policy/text.ts';
import { searchAids } from './search-aids.ts';
import { valueCache } from './value-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'search-aids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function catalogOf(bodies: string[]): Catalog {
  const versions = bodies.map((body, i) => {
    const text = processPolicy(body, { file: 'x.mdx', bodyLine: 1 }, renderLabels('zh-CN')).text!;
    return versionRecord(`202${i}-01-01`, { body, text, sha256: `sha-of-${body}` });
  });
  return buildCatalog({ brands: [brandRecord({ locales: [] })], versions }, '2030-01-01');
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

  it('keep one lexicon and one tally per site, the last build’s, whatever the number of builds', () => {
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
      'search-tally-a.bin',
      'search-tally-b.bin',
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
