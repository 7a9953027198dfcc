import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../schemas/site.ts';
import { orderBrands, siteDescription, siteFooterLinks, siteName, siteNotice, wordsIn } from './site-texts.ts';

const site = (yaml: object) => siteSchema.parse(yaml);

describe('site texts', () => {
  it("takes the page's language, else the site's, else any, and says when the text is in another language", () => {
    expect(wordsIn({ 'zh-CN': '示例', en: 'Sample' }, 'en', 'zh-CN')).toEqual({ text: 'Sample', lang: undefined });
    expect(wordsIn({ 'zh-CN': '示例' }, 'en', 'zh-CN')).toEqual({ text: '示例', lang: 'zh-CN' });
    expect(wordsIn({ en: 'Sample' }, 'zh-CN', 'zh-CN')).toEqual({ text: 'Sample', lang: 'en' });
    expect(wordsIn('示例', 'zh-CN', 'zh-CN')).toEqual({ text: '示例', lang: undefined });
    expect(wordsIn('示例', 'en', 'zh-CN')).toEqual({ text: '示例', lang: 'zh-CN' });
  });

  it('names the site with the interface word without site.yaml, and never shows a banner then', () => {
    const none = site({});
    expect([siteName(none, 'zh-CN'), siteName(none, 'en')]).toEqual(['隐私中心', 'Privacy Center']);
    expect(siteDescription(none, 'en').text).toMatch(/past versions/);
    expect(siteNotice(none, 'zh-CN')).toBeUndefined();
    expect(none.credit).toBe(true);
  });

  it("uses site.yaml's name, description, notice and footer links per language", () => {
    const s = site({
      locale: 'en',
      name: { en: 'Acme Privacy', 'zh-CN': 'Acme 隐私' },
      description: 'Our policies.',
      notice: { en: 'Draft.' },
      footer: [
        { label: { en: 'Contact', 'zh-CN': '联系' }, href: 'mailto:a@example.com' },
        { label: 'Home', href: '/' },
      ],
    });
    expect(siteName(s, 'zh-CN')).toBe('Acme 隐私');
    expect(siteDescription(s, 'zh-CN')).toEqual({ text: 'Our policies.', lang: 'en' });
    expect(siteNotice(s, 'zh-CN')).toEqual({ text: 'Draft.', lang: 'en' });
    expect(siteFooterLinks(s, 'zh-CN')).toEqual([
      { href: 'mailto:a@example.com', label: '联系', lang: undefined },
      { href: '/', label: 'Home', lang: 'en' },
    ]);
  });

  it('refuses footer links that would run code or leave the site by another scheme', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/',
      '/\\evil.example/',
      'relative/page',
    ]) {
      expect(siteSchema.safeParse({ footer: [{ label: 'x', href }] }).success, href).toBe(false);
    }
  });

  it('orders the directory: the listed brands first in their order, the others as they came', () => {
    const brands = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(orderBrands(brands, ['c', 'a']).map((b) => b.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(orderBrands(brands, []).map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
