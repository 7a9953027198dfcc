import { describe, expect, it } from 'vitest';
import { buildCatalog, previousVersion } from './catalog.ts';
import type { BrandRecord, VersionRecord } from '../content/read.ts';

const brand: BrandRecord = {
  id: 'acme',
  file: 'brands/acme/brand.yaml',
  source: '',
  data: {
    name: 'Acme',
    legalName: 'Acme Ltd',
    locale: 'zh-CN',
    locales: ['en'],
    colors: { primary: '#1d4ed8' },
    contact: {},
    links: {},
  },
};

function version(date: string, extra: Partial<VersionRecord> = {}): VersionRecord {
  return {
    brand: 'acme',
    policy: 'privacy',
    date,
    locale: 'zh-CN',
    translation: false,
    file: `brands/acme/privacy/${date}.mdx`,
    source: '',
    sha256: '',
    data: { title: `T ${date}`, material: false },
    body: '',
    bodyLine: 4,
    text: { html: '', headings: [], blocks: [] },
    ...extra,
  };
}

describe('buildCatalog', () => {
  const versions = [
    version('2023-06-01'),
    version('2020-01-01'),
    version('2025-01-01'),
    version('2023-06-01', { locale: 'en', translation: true }),
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
    expect(policy!.versions[1]!.translations.en?.file).toBe('brands/acme/privacy/2023-06-01.mdx');
    expect(policy!.versions[0]!.translations.en).toBeUndefined();
    expect(previousVersion(policy!, policy!.versions[1]!)?.date).toBe('2020-01-01');
  });
});
