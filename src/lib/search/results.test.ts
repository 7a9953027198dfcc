import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind-api.ts';
import {
  excerptOf,
  policyView,
  highlightLink,
  markText,
  resultView,
  termsFor,
  tidyExcerpt,
  type ExcerptPart,
} from './results.ts';

const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

const content =
  '一、引言. 我们收集您的个人信息。 二、跨境传输. 您的个人信息可能传输至境外,跨境传输前我们会征得您的同意。';
const data: PagefindResultData = {
  url: '/acme/privacy/2024-01-01/',
  content,
  excerpt: '。 二、<mark>跨</mark><mark>境</mark>传输. 您的个人信息可能传输至<mark>境外</mark>',
  plain_excerpt: '。 二、跨境传输. 您的个人信息可能传输至境外',
  meta: {
    title: '隐私政策',
    brand: '示例',
    brand_id: 'acme',
    policy: '隐私政策',
    date: '2024-01-01',
    status: 'current',
    number: '2',
    page: '/acme/privacy/',
  },
  filters: {},
  sub_results: [
    {
      title: '一、引言',
      url: '/acme/privacy/2024-01-01/#一引言',
      excerpt: '我们收集您的个人信息。',
      anchor: { element: 'h2', id: '一引言', text: '一、引言', location: 0 },
      locations: [],
    },
    {
      title: '二、跨境传输',
      url: '/acme/privacy/2024-01-01/#二跨境传输',
      excerpt: '<mark>跨</mark><mark>境</mark>传输前我们会征得您的同意',
      plain_excerpt: '跨境传输前我们会征得您的同意',
      anchor: { element: 'h2', id: '二跨境传输', text: '二、跨境传输', location: 9 },
      locations: [],
    },
  ],
};

describe('resultView', () => {
  it('links the best section of the page where the current version is canonical, asking it to highlight the phrase', () => {
    const view = resultView(data, '跨境');
    expect(view.href).toBe(`/acme/privacy/?highlight=%E8%B7%A8%E5%A2%83#${encodeURIComponent('二跨境传输')}`);
    expect(view).toMatchObject({
      title: '隐私政策',
      brand: '示例',
      brandId: 'acme',
      date: '2024-01-01',
      status: 'current',
      number: 2,
    });
    expect(view.sections.map((s) => s.title)).toEqual(['二、跨境传输']);
  });

  it('marks the phrase typed, not the single characters Pagefind matched', () => {
    expect(show(resultView(data, '跨境').excerpt)).toBe(
      '一、引言. 我们收集您的个人信息。 二、[跨境]传输. 您的个人信息可能传输至境外,[跨境]传输前我们会征得您的同意。',
    );
  });

  it('leads to the section its excerpt comes from', () => {
    expect(decodeURIComponent(resultView(data, '收集').href)).toMatch(/#一引言$/);
    expect(decodeURIComponent(resultView(data, '境外').href)).toMatch(/#二跨境传输$/);
  });

  it('lists the policy’s other matching versions with its best one', () => {
    const best = resultView(data, '跨境');
    const older = resultView(
      { ...data, meta: { ...data.meta, date: '2020-01-01', status: 'archived', number: '1' } },
      '跨境',
    );
    expect(policyView(best, [older]).others).toEqual([
      { href: older.href, date: '2020-01-01', number: 1, status: 'archived', material: false },
    ]);
  });

  it('falls back to the permanent URL when a record has no canonical page', () => {
    const { page: _, ...meta } = data.meta;
    expect(resultView({ ...data, meta }, '跨境').href.startsWith('/acme/privacy/2024-01-01/?')).toBe(true);
  });
});

describe('termsFor', () => {
  it('adds the Latin words Pagefind matched by stemming, and no single Chinese characters', () => {
    expect(termsFor('cookies 跨境', { ...data, excerpt: 'we use <mark>Cookie</mark>s and <mark>跨</mark>' })).toEqual([
      'cookies',
      '跨境',
      'Cookie',
    ]);
  });
});

describe('excerpts', () => {
  it('drops stray punctuation at the cut and shows where the text goes on', () => {
    expect(tidyExcerpt('); * 请特别注意', '前文); * 请特别注意')).toBe('…请特别注意');
    expect(tidyExcerpt('一、引言. 我们', content)).toBe('一、引言. 我们…');
  });

  it('cuts a window around the match, with ellipses where the text goes on', () => {
    expect(show(excerptOf(content, ['境外'], 20).parts)).toBe('…息可能传输至[境外],跨境传输前我们会征得您…');
    expect(show(markText('个人信息', []))).toBe('个人信息');
  });

  it('shows every matched term: the shortest stretch holding all, or a piece around each', () => {
    const text = `第三方${'甲'.repeat(200)}共享给第三方的信息${'乙'.repeat(200)}共享`;
    expect(show(excerptOf(text, ['第三方', '共享'], 30).parts)).toBe(
      `…${'甲'.repeat(8)}[共享]给[第三方]的信息${'乙'.repeat(13)}…`,
    );
    const far = `开头${'甲'.repeat(100)}第三方${'乙'.repeat(100)}共享${'丙'.repeat(100)}`;
    const excerpt = show(excerptOf(far, ['第三方', '共享'], 40).parts);
    expect(excerpt).toContain('[第三方]');
    expect(excerpt).toContain('[共享]');
    expect(excerpt.length).toBeLessThan(70);
    expect(excerpt.match(/…/g)?.length).toBe(3);
  });

  it('builds highlight links with every term and an encoded section id', () => {
    expect(highlightLink('/p/', ['a b', '个人'], '一、x')).toBe(
      '/p/?highlight=a+b&highlight=%E4%B8%AA%E4%BA%BA#%E4%B8%80%E3%80%81x',
    );
    expect(highlightLink('/p/', [])).toBe('/p/');
  });
});
