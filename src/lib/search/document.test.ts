import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog.ts';
import type { VersionRecord } from '../content/read.ts';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { sitePages, type PageRef } from '../routes/pages.ts';
import { siteContext } from '../routes/site-context.ts';
import { searchDocument } from './document.ts';
import { FULL_TEXT_LIMIT } from './record.ts';

const text = (html: string, body: string): Partial<VersionRecord> => ({
  body,
  text: { html, headings: [], terms: [], blocks: [], links: [] },
});
const catalog = buildCatalog(
  {
    brands: [brandRecord({ name: 'A&B "示例"', legalName: 'Acme Ltd' })],
    versions: [
      versionRecord('2020-01-01', {
        data: { title: '隐私政策', material: false },
        ...text('<p>旧的文本</p>', '旧的文本'),
      }),
      versionRecord('2023-06-01', {
        data: { title: '隐私政策 <新>', material: true },
        ...text('<p>x</p>', 'x'.repeat(FULL_TEXT_LIMIT + 1)),
      }),
    ],
  },
  '2024-01-01',
);
const ctx = siteContext(catalog, { brand: undefined }, new URL('https://privacy.example.com'));
const versionPages = sitePages(ctx).filter((p): p is Extract<PageRef, { kind: 'version' }> => p.kind === 'version');

describe('searchDocument', () => {
  it('indexes the text the page shows, with the record as Pagefind fields, escaped', () => {
    const page = versionPages.find((p) => p.indexed && p.version.date === '2020-01-01')!;
    const document = searchDocument(ctx, page)!;
    expect(document.url).toBe(page.path);
    expect(document.content).toContain('<div data-pagefind-body><p>旧的文本</p></div>');
    expect(document.content).toContain(
      '<data data-pagefind-filter="brand[value]" value="A&amp;B &quot;示例&quot;"></data>',
    );
    expect(document.content).toContain('<data data-pagefind-meta="status[value]" value="archived"></data>');
    expect(document.content).toContain('<data data-pagefind-sort="date[value]" value="2020-01-01"></data>');
    expect(document.content).toMatch(/^<!doctype html><html lang="zh-CN">/);
  });

  it('indexes a text past the size limit by its title only', () => {
    const page = versionPages.find((p) => p.indexed && p.version.date === '2023-06-01')!;
    const content = searchDocument(ctx, page)!.content;
    expect(content).toContain('<h1 data-pagefind-body>隐私政策 &lt;新&gt;</h1>');
    expect(content).not.toContain('<p>x</p>');
  });

  it('makes no document for a page the index leaves out', () => {
    const left = versionPages.filter((p) => !p.indexed);
    expect(left.length).toBeGreaterThan(0);
    for (const page of left) expect(searchDocument(ctx, page)).toBeUndefined();
  });
});
