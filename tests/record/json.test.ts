import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrandIndexFile, SiteIndexFile, VersionsFile } from '../../src/lib/record/record.ts';
import { root } from '../support/build.ts';
import { recordErrors } from '../support/record-schema.ts';

const sites = inject('sites');

/** The built file behind an absolute URL of the site. */
function fileAt(dist: string, url: string): string {
  const path = new URL(url).pathname;
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

const readJson = <T>(dist: string, url: string): T => JSON.parse(readFileSync(fileAt(dist, url), 'utf8')) as T;

/** Every versions.json of a built site, reached from /index.json the way a reader of the record would. */
function allVersions(dist: string): VersionsFile[] {
  const site = readJson<SiteIndexFile>(dist, 'https://privacy.example.com/index.json');
  return site.brands.flatMap((b) => b.policies.map((p) => readJson<VersionsFile>(dist, p.versions)));
}

describe.each([
  ['sample', sites.sample, resolve(root, 'content')],
  ['basic', sites.basic, resolve(root, 'tests/fixtures/sites/basic')],
])('the public record of the %s site', (_name, dist, content) => {
  it('validates every JSON file against schemas/record.schema.json', () => {
    const site = readJson<SiteIndexFile>(dist, 'https://privacy.example.com/index.json');
    expect(recordErrors(site)).toEqual([]);
    for (const brand of site.brands) {
      expect(recordErrors(readJson<BrandIndexFile>(dist, brand.index)), brand.index).toEqual([]);
      for (const policy of brand.policies)
        expect(recordErrors(readJson(dist, policy.versions)), policy.versions).toEqual([]);
    }
  });

  it('lists every version file of the content folder exactly once', () => {
    const listed = allVersions(dist).flatMap((f) =>
      f.versions.flatMap((v) => [
        `${f.brand}/${f.policy}/${v.effective}.mdx`,
        ...v.translations.map((t) => `${f.brand}/${f.policy}/${v.effective}.${t.locale}.mdx`),
      ]),
    );
    const onDisk = readdirSync(join(content, 'brands'), { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.mdx'))
      .map((p) => p.split('\\').join('/'));
    expect(listed.sort()).toEqual(onDisk.sort());
  });

  it('publishes the exact source bytes of every version and translation, matching its sha256', () => {
    const entries = allVersions(dist).flatMap((f) => f.versions.flatMap((v) => [v, ...v.translations]));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const bytes = readFileSync(fileAt(dist, entry.source));
      expect(createHash('sha256').update(bytes).digest('hex'), entry.source).toBe(entry.sha256);
      const original = new URL(entry.source).pathname.replace(
        /^\/(.+)\/(\d{4}-\d{2}-\d{2})\/source(\.[\w-]+)?\.mdx$/,
        'brands/$1/$2$3.mdx',
      );
      expect(bytes.equals(readFileSync(join(content, original))), entry.source).toBe(true);
    }
  });

  it('points every page and redline link at a page that is built', () => {
    for (const file of allVersions(dist)) {
      for (const v of file.versions) {
        expect(existsSync(fileAt(dist, v.url)), v.url).toBe(true);
        if (v.redline !== null) expect(existsSync(fileAt(dist, v.redline)), v.redline).toBe(true);
        for (const t of v.translations) expect(existsSync(fileAt(dist, t.url)), t.url).toBe(true);
      }
    }
  });
});

describe('the fixture record, built with PRIVACY_CENTER_NOW=2024-01-01', () => {
  it('gives each version its status, dates, summary and redline', () => {
    const file = readJson<VersionsFile>(sites.basic, 'https://privacy.example.com/acme/privacy/versions.json');
    expect(file.asOf).toBe('2024-01-01');
    expect(
      file.versions.map((v) => [
        v.effective,
        v.status,
        v.published,
        v.material,
        v.redline?.replace(/^.*\/changes\//, '') ?? null,
      ]),
    ).toEqual([
      ['2020-01-01', 'archived', null, false, null],
      ['2023-06-01', 'current', '2023-05-15', false, '2020-01-01...2023-06-01/'],
      ['2099-01-01', 'upcoming', '2023-12-01', true, '2023-06-01...2099-01-01/'],
    ]);
    expect(file.versions[2]!.summary).toBe('将保存期限改为两年。');
    expect(file.versions[1]!.translations.map((t) => [t.locale, t.url, t.source])).toEqual([
      [
        'en',
        'https://privacy.example.com/en/acme/privacy/2023-06-01/',
        'https://privacy.example.com/acme/privacy/2023-06-01/source.en.mdx',
      ],
    ]);
  });

  it('lists brands and policies in /index.json and /<brand>/index.json', () => {
    const site = readJson<SiteIndexFile>(sites.basic, 'https://privacy.example.com/index.json');
    expect(
      site.brands.map(
        (b) => `${b.id}: ${b.policies.map((p) => `${p.id} ${p.current} [${p.upcoming.join()}]`).join(', ')}`,
      ),
    ).toEqual(['acme: cookies 2021-03-01 [], privacy 2023-06-01 [2099-01-01]']);
    const brand = readJson<BrandIndexFile>(sites.basic, site.brands[0]!.index);
    expect(brand).toMatchObject({
      kind: 'brand',
      id: 'acme',
      name: '示例公司',
      locales: ['zh-CN', 'en'],
      feed: 'https://privacy.example.com/acme/feed.xml',
    });
  });
});
