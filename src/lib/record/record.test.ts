import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { recordErrors } from '../../../tests/support/record-schema.ts';
import { brandIndexFile, siteIndexFile, toJson, versionsFile } from './record.ts';
import { siteContext } from '../routes/site-context.ts';

const catalog = smallCatalog('2024-01-01');
const brand = catalog.brands[0]!;
const privacy = brand.policies.find((p) => p.id === 'privacy')!;
const ctx = siteContext(catalog, { brand: undefined }, new URL('https://privacy.example.com'));

describe('versionsFile', () => {
  const file = versionsFile(ctx, brand, privacy);

  it('lists every version oldest first with status, dates and links', () => {
    expect(file.versions.map((v) => `${v.number} ${v.effective} ${v.status} ${v.published}`)).toEqual([
      '1 2020-01-01 archived null',
      '2 2023-06-01 current 2023-05-15',
      '3 2099-01-01 upcoming 2023-12-01',
    ]);
    expect(file.current).toBe('2023-06-01');
    const [first, second, third] = file.versions;
    expect(first!.redline).toBeNull();
    expect(first!.summary).toBeNull();
    expect(second!.redline).toBe('https://privacy.example.com/acme/privacy/changes/2020-01-01...2023-06-01/');
    expect(second!.url).toBe('https://privacy.example.com/acme/privacy/2023-06-01/');
    expect(second!.source).toBe('https://privacy.example.com/acme/privacy/2023-06-01/source.mdx');
    expect(third!.material).toBe(true);
  });

  it('carries the sha256 of each source and of each translation', () => {
    const [, second] = file.versions;
    expect(second!.sha256).toBe(privacy.versions[1]!.sha256);
    expect(second!.translations).toEqual([
      {
        locale: 'en',
        title: 'Privacy Policy',
        summary: 'Added a storage section.',
        url: 'https://privacy.example.com/en/acme/privacy/2023-06-01/',
        source: 'https://privacy.example.com/acme/privacy/2023-06-01/source.en.mdx',
        sha256: privacy.versions[1]!.translations.en!.sha256,
        pdf: null,
      },
    ]);
    expect(file.versions[0]!.translations).toEqual([]);
  });

  it('links each version’s PDF when the build prints them', () => {
    const printed = versionsFile(siteContext(catalog, { brand: undefined }, ctx.site, undefined, true), brand, privacy);
    expect(printed.versions[1]!.pdf).toBe(
      'https://privacy.example.com/acme/privacy/2023-06-01/acme-privacy-2023-06-01.pdf',
    );
    expect(printed.versions[1]!.translations[0]!.pdf).toBe(
      'https://privacy.example.com/en/acme/privacy/2023-06-01/acme-privacy-2023-06-01.en.pdf',
    );
    expect(file.versions[1]!.pdf).toBeNull();
    expect(recordErrors(printed)).toEqual([]);
  });

  it('validates against schemas/record.schema.json', () => {
    expect(recordErrors(JSON.parse(toJson(file)))).toEqual([]);
  });
});

describe('brand and site indexes', () => {
  it('list the policies with their current and upcoming versions', () => {
    const index = brandIndexFile(ctx, brand);
    expect(index.policies.map((p) => `${p.id} ${p.current} [${p.upcoming.join(',')}] ${p.versionCount}`)).toEqual([
      'cookies 2021-03-01 [] 1',
      'privacy 2023-06-01 [2099-01-01] 3',
    ]);
    expect(index.policies[1]!.versions).toBe('https://privacy.example.com/acme/privacy/versions.json');
    expect(recordErrors(index)).toEqual([]);
  });

  it('lists every brand in the site index', () => {
    const index = siteIndexFile(ctx);
    expect(index.brands.map((b) => b.index)).toEqual(['https://privacy.example.com/acme/index.json']);
    expect(index.feed).toBe('https://privacy.example.com/feed.xml');
    expect(recordErrors(index)).toEqual([]);
  });

  it('puts a single-brand build at the root', () => {
    const single = siteContext(catalog, { brand: 'acme' }, ctx.site);
    const index = brandIndexFile(single, brand);
    expect(index.index).toBe('https://privacy.example.com/index.json');
    expect(index.policies[1]!.feed).toBe('https://privacy.example.com/privacy/feed.xml');
  });

  it('rejects a record that breaks the schema', () => {
    const broken = { ...versionsFile(ctx, brand, privacy), asOf: 'yesterday' };
    expect(recordErrors(broken).join('\n')).toMatch(/\/asOf must match pattern/);
  });
});
