import { describe, expect, it } from 'vitest';
import { buildCatalog, policyTitle } from '../model/catalog.ts';
import type { VersionRecord } from '../content/read.ts';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { FULL_TEXT_LIMIT, indexesFullText, policyChoices, searchRecord } from './record.ts';
import { sitePages, type PageRef } from '../routes/pages.ts';
import { siteContext } from '../routes/site-context.ts';

const brand0 = brandRecord({ name: '示例品牌', legalName: 'Acme Ltd' });
const version = (date: string, extra: Partial<VersionRecord> = {}) =>
  versionRecord(date, { data: { title: `隐私政策 ${date}`, material: false }, ...extra });

const catalog = buildCatalog(
  {
    brands: [brand0],
    versions: [
      version('2020-01-01'),
      version('2023-06-01'),
      version('2023-06-01', { locale: 'en', translation: true, data: { title: 'Privacy Policy', material: false } }),
      version('2099-01-01'),
    ],
  },
  '2024-01-01',
);
const brand = catalog.brands[0]!;
const policy = brand.policies[0]!;
const [archived, current, upcoming] = policy.versions as [
  (typeof policy.versions)[0],
  (typeof policy.versions)[0],
  (typeof policy.versions)[0],
];
const ctx = siteContext(catalog, { brand: undefined }, new URL('https://privacy.example.com'));
const pages = sitePages(ctx);
/** The version page of `v` in `locale`, from the site's own page list. */
const page = (v: typeof current, locale: 'zh-CN' | 'en', isCurrentPage = false) =>
  pages.find(
    (p): p is Extract<PageRef, { kind: 'version' }> =>
      p.kind === 'version' && p.version === v && p.locale === locale && p.isCurrentPage === isCurrentPage,
  )!;

describe('searchRecord', () => {
  it('indexes a version at its permanent URL, with filters, meta and a sort key', () => {
    expect(searchRecord(ctx, page(archived, 'zh-CN'))).toEqual({
      filters: { brand: '示例品牌', policy: '隐私政策 2023-06-01', status: 'archived', locale: 'zh-CN' },
      meta: {
        title: '隐私政策 2020-01-01',
        brand: '示例品牌',
        brand_id: 'acme',
        policy: '隐私政策 2023-06-01',
        date: '2020-01-01',
        status: 'archived',
        number: '1',
        material: 'false',
        version_url: '/acme/privacy/2020-01-01/',
        policy_url: '/acme/privacy/',
        page: '/acme/privacy/2020-01-01/',
      },
      sort: { date: '2020-01-01' },
    });
  });

  it('leaves out the copy of the current version at the policy URL, and sends its results there', () => {
    expect(searchRecord(ctx, page(current, 'zh-CN', true))).toBeUndefined();
    expect(searchRecord(ctx, page(current, 'zh-CN'))?.meta).toMatchObject({
      version_url: '/acme/privacy/2023-06-01/',
      page: '/acme/privacy/',
      status: 'current',
    });
    expect(searchRecord(ctx, page(upcoming, 'zh-CN'))?.filters.status).toBe('upcoming');
  });

  it('indexes translations under their own language and skips pages without one', () => {
    expect(searchRecord(ctx, page(current, 'en'))).toMatchObject({
      filters: { brand: '示例品牌', policy: 'Privacy Policy', status: 'current', locale: 'en' },
      meta: { title: 'Privacy Policy', page: '/en/acme/privacy/', policy_url: '/en/acme/privacy/' },
    });
    expect(searchRecord(ctx, page(archived, 'en'))).toBeUndefined();
  });

  it('names a policy by its current title in each language', () => {
    expect(policyTitle(policy, 'zh-CN')).toBe('隐私政策 2023-06-01');
    expect(policyTitle(policy, 'en')).toBe('Privacy Policy');
  });

  it('offers each policy title once as a filter choice, with the brands using it', () => {
    const other = { ...brand, id: 'other' };
    expect(policyChoices([brand, other], 'zh-CN')).toEqual([
      { title: '隐私政策 2023-06-01', brands: ['acme', 'other'] },
    ]);
    expect(policyChoices([brand], 'en')).toEqual([{ title: 'Privacy Policy', brands: ['acme'] }]);
  });
});

describe('indexesFullText', () => {
  it('indexes ordinary policies in full and very long ones by title only', () => {
    expect(indexesFullText({ length: '个人信息'.repeat(10_000).length })).toBe(true);
    expect(indexesFullText({ length: FULL_TEXT_LIMIT + 1 })).toBe(false);
  });
});
