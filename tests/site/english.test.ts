import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';

const dist = inject('sites').sample;

/** The directory's entries: brand id, its name's language and any note on the language of its texts. */
function entries(html: string): { id: string; lang: string; note: string }[] {
  return [...html.matchAll(/<li data-brand="([^"]+)"[\s\S]*?<h3[^>]*lang="([^"]+)"[\s\S]*?<\/li>/g)].map(
    ([entry, id, lang]) => ({
      id: id!,
      lang: lang!,
      note: /<span class="rounded-sm[^"]*">\s*([^<]*?)\s*<\/span>/.exec(entry)?.[1] ?? '',
    }),
  );
}

describe('English pages of the sample site', () => {
  it('mark in the English directory the brands whose policies are in Chinese only', () => {
    expect(entries(readPage(dist, '/en/'))).toEqual([
      { id: 'beiye', lang: 'en', note: '' },
      { id: 'chefu', lang: 'zh-CN', note: 'Policies in Chinese only' },
      { id: 'jiapin', lang: 'zh-CN', note: 'Policies in Chinese only' },
      { id: 'xinrisheng', lang: 'zh-CN', note: 'Policies in Chinese only' },
      { id: 'yhd', lang: 'zh-CN', note: 'Policies in Chinese only' },
    ]);
    expect(readPage(dist, '/en/')).toContain('href="/chefu/" hreflang="zh-CN"');
    // The Chinese directory has a Chinese text for every brand: no notes.
    expect(entries(readPage(dist, '/')).filter((e) => e.note !== '')).toEqual([]);
  });

  it('name a brand by its English name where it has one, in titles, headers and breadcrumbs', () => {
    for (const path of ['/en/beiye/', '/en/beiye/privacy/', '/en/beiye/privacy/history/']) {
      const html = readPage(dist, path);
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], path).toMatch(/Beiye · Privacy Center$/);
      expect(html, path).not.toMatch(/<title>[^<]*\p{Script=Han}/u);
      if (path !== '/en/beiye/') expect(html, path).toMatch(/<nav aria-label="Breadcrumb"[\s\S]*?>\s*Beiye\s*<\/a>/);
    }
    // The Chinese pages keep the Chinese name.
    expect(readPage(dist, '/beiye/')).toMatch(/<title>[^<]*贝业 · 隐私中心<\/title>/);
  });

  it('answer a missing page in both languages, each with its way home', () => {
    const html = readPage(dist, '/404.html');
    expect(html).toContain('<h1 class="text-3xl font-bold">页面不存在</h1>');
    expect(html).toMatch(/<section lang="en"[^>]*>\s*<h2[^>]*>Page not found<\/h2>/);
    expect(html).toMatch(/<a [^>]*href="\/en\/"[^>]*>\s*Back to the start page\s*<\/a>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>返回首页<\/a>/);
  });
});
