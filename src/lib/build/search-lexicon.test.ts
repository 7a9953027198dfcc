import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../schemas/vocabulary.ts';
import { parseYaml } from '../content/yaml.ts';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { renderLabels } from '../i18n/index.ts';
import { buildCatalog } from '../model/catalog.ts';
import { processPolicy } from '../policy/text.ts';
import { buildLexicon, shippedGroups, termsOf, textsOf } from './search-lexicon.ts';
import { tallyBlocks } from './search-tally.ts';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { makeFold } from '../search/fold.ts';

const project = resolve(import.meta.dirname, '../../..');
const folder = join(project, 'src/lib/search/vocabulary');

describe('the shipped search vocabulary', () => {
  it.each(readdirSync(folder).filter((f) => f.endsWith('.yaml')))('%s holds at least 60 groups', (name) => {
    const parsed = parseYaml(readFileSync(join(folder, name), 'utf8'), vocabularySchema, name, 'search vocabulary');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.groups.length).toBeGreaterThanOrEqual(60);
  });

  it('serves every language: the groups of every file together', () => {
    const groups = shippedGroups(project);
    expect(groups.some((g) => g.includes('未成年人'))).toBe(true);
    expect(groups.some((g) => g.includes('minors'))).toBe(true);
  });
});

describe('the glossary in the search lexicon', () => {
  it('lists every term the texts define, folded, once', () => {
    const body = '## 定义\n\n個人信息:指信息。\n\n服务提供者:甲公司。\n\n## 一、收集\n\n正文。\n';
    const text = processPolicy(body, { file: 'x.mdx', bodyLine: 1 }, renderLabels('zh-CN')).text!;
    const catalog = buildCatalog(
      {
        brands: [brandRecord({ locales: [] })],
        versions: [versionRecord('2020-01-01', { body, text }), versionRecord('2021-01-01', { body, text })],
      },
      '2022-01-01',
    );
    const [brand] = catalog.brands;
    expect(termsOf(brand!)).toEqual(['個人信息', '服务提供者']);
    const chars = new Set(tallyBlocks(textsOf(brand!)).tally.chars.keys());
    expect(buildLexicon(chars, [], termsOf(brand!)).terms).toEqual(['个人信息', '服务提供者']);
  });
});

describe('the fold table', () => {
  // Each brand's words are counted under the fold of its own characters and added up
  // (src/lib/build/search-aids.ts): that holds only while a character folds alike whatever other
  // characters the texts hold. Checked for a spread of the dictionaries' characters, each alone
  // against all of them (all 6,590 take 11 s).
  it('folds a character alike whatever other characters the texts hold', () => {
    const all = new Set<string>();
    for (const dictionary of [TSCharacters, TWVariantsRev, HKVariantsRev])
      for (const entry of dictionary.split('|')) for (const c of entry.replace(' ', '')) all.add(c);
    const everything = makeFold(buildLexicon(all, [], []).fold);
    const chars = [...all];
    const sample = chars.filter((_, i) => i % 29 === 0);
    sample.push(...'帳賬裏於衆僞峯冊麪綫祕');
    expect(sample.length).toBeGreaterThan(200);
    for (const c of sample) expect(makeFold(buildLexicon(new Set([c]), [], []).fold)(c), c).toBe(everything(c));
  });
});
