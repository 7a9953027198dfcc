import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../schemas/vocabulary.ts';
import { parseYaml } from '../content/yaml.ts';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { renderLabels } from '../i18n/index.ts';
import { buildCatalog } from '../model/catalog.ts';
import { processPolicy } from '../policy/text.ts';
import { buildLexicon, shippedGroups, siteTerms, siteTexts } from './search-lexicon.ts';
import { tallyBlocks } from './search-tally.ts';

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
    expect(siteTerms(catalog)).toEqual(['個人信息', '服务提供者']);
    expect(buildLexicon(tallyBlocks(siteTexts(catalog)).tally.chars, [], siteTerms(catalog)).terms).toEqual([
      '个人信息',
      '服务提供者',
    ]);
  });
});
