import { describe, expect, it } from 'vitest';
import type { PagefindFragment } from './pagefind-api.ts';
import { excerptOf, policyView, highlightLink, markText, resultView, termsFor, type ExcerptPart } from './results.ts';

const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

const content =
  '一、引言. 我们收集您的个人信息。 二、跨境传输. 您的个人信息可能传输至境外,跨境传输前我们会征得您的同意。';
const data: PagefindFragment = {
  url: '/acme/privacy/2024-01-01/',
  content,
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
  anchors: [
    { element: 'h2', id: '一引言', text: '一、引言', location: 0 },
    { element: 'h2', id: '二跨境传输', text: '二、跨境传输', location: 9 },
    { element: 'span', id: 'note', text: '我们', location: 2 },
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

  it('marks the phrase as the query typed it', () => {
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
  it('highlights what matched as the page writes it, or else the query’s chunks', () => {
    const match = { kind: 'exact' as const, terms: ['Cookie', '帐户'], related: [], words: { found: [], missing: [] } };
    expect(termsFor('cookies 账户', match)).toEqual(['Cookie', '帐户']);
    expect(termsFor('"cookies" 跨境')).toEqual(['cookies', '跨境']);
  });
});

describe('excerpts', () => {
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
