import { describe, expect, it } from 'vitest';
import { buildCatalog, comparedTexts, textIn } from './catalog.ts';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';

const brand = brandRecord({ legalName: 'Acme Ltd' });
const version = versionRecord;

describe('buildCatalog', () => {
  const versions = [
    version('2023-06-01'),
    version('2020-01-01'),
    version('2025-01-01'),
    version('2023-06-01', {
      locale: 'en',
      translation: true,
      file: 'brands/acme/privacy/2023-06-01.en.mdx',
      data: { title: 'Privacy', material: false },
    }),
  ];

  it('sorts versions oldest first and numbers them', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2024-01-01').brands[0]!.policies;
    expect(policy!.versions.map((v) => `${v.number}:${v.date}`)).toEqual([
      '1:2020-01-01',
      '2:2023-06-01',
      '3:2025-01-01',
    ]);
  });

  it('computes current, archived and upcoming against now', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2024-01-01').brands[0]!.policies;
    expect(policy!.versions.map((v) => v.status)).toEqual(['archived', 'current', 'upcoming']);
    expect(policy!.current?.date).toBe('2023-06-01');
    expect(policy!.upcoming.map((v) => v.date)).toEqual(['2025-01-01']);
  });

  it('treats a version effective today as current', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2025-01-01').brands[0]!.policies;
    expect(policy!.versions.map((v) => v.status)).toEqual(['archived', 'archived', 'current']);
  });

  it('has no current version while every version is upcoming', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2019-01-01').brands[0]!.policies;
    expect(policy!.current).toBeUndefined();
    expect(policy!.upcoming).toHaveLength(3);
    expect(policy!.title).toBe('T 2020-01-01');
  });

  it('attaches translations to the version of the same date', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2024-01-01').brands[0]!.policies;
    const [first, second] = policy!.versions;
    expect(second!.file).toBe('brands/acme/privacy/2023-06-01.mdx');
    expect(second!.translations.en?.file).toBe('brands/acme/privacy/2023-06-01.en.mdx');
    expect(first!.translations.en).toBeUndefined();
    expect(textIn(second!, 'en').data.title).toBe('Privacy');
    expect(textIn(first!, 'en')).toBe(first);
  });

  it('links each version to its neighbours and lists the consecutive pairs', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2024-01-01').brands[0]!.policies;
    const [first, second, third] = policy!.versions;
    expect([first!.previous, first!.next, second!.previous, second!.next, third!.next]).toEqual([
      undefined,
      second,
      first,
      third,
      undefined,
    ]);
    expect(policy!.pairs.map((p) => `${p.from.date}...${p.to.date}`)).toEqual([
      '2020-01-01...2023-06-01',
      '2023-06-01...2025-01-01',
    ]);
  });

  it('compares translations only when both versions of a pair have one', () => {
    const [policy] = buildCatalog({ brands: [brand], versions }, '2024-01-01').brands[0]!.policies;
    const [one, two] = policy!.pairs;
    expect(comparedTexts(one!, 'en').map((t) => t.file)).toEqual([
      'brands/acme/privacy/2020-01-01.mdx',
      'brands/acme/privacy/2023-06-01.mdx',
    ]);
    expect(comparedTexts(two!, 'zh-CN').map((t) => t.locale)).toEqual(['zh-CN', 'zh-CN']);
  });

  it('keeps a version’s lists in force for later versions until one brings its own', () => {
    const list = (item: string) => ({
      illustrative: false,
      rows: [{ item, purpose: '登录', sensitive: false, required: true }],
    });
    const where = { brand: 'acme', policy: 'privacy', file: 'x.yaml', source: '' };
    const lists = [
      { ...where, date: '2020-01-01', kind: 'collected' as const, list: list('手机号码') },
      { ...where, date: '2025-01-01', kind: 'collected' as const, list: list('邮箱') },
    ];
    const [policy] = buildCatalog({ brands: [brand], versions, lists }, '2024-01-01').brands[0]!.policies;
    expect(
      policy!.versions.map((v) => [v.date, v.lists.collected?.date, v.lists.collected?.list.rows[0]?.item]),
    ).toEqual([
      ['2020-01-01', '2020-01-01', '手机号码'],
      ['2023-06-01', '2020-01-01', '手机号码'],
      ['2025-01-01', '2025-01-01', '邮箱'],
    ]);
    expect(policy!.versions.every((v) => v.lists.shared === undefined)).toBe(true);
  });
});
