import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { checkMdx } from './mdx-check.ts';
import { headingAnchor, headingAnchors } from './heading-anchor.ts';

describe('headingAnchor', () => {
  it('splits a trailing {#id} off the heading text', () => {
    expect(headingAnchor('三、信息的存储 {#storage}')).toEqual({ text: '三、信息的存储', id: 'storage' });
    expect(headingAnchor('Storage{#data-storage_2} ')).toEqual({ text: 'Storage', id: 'data-storage_2' });
    expect(headingAnchor('存储 {#存储期限}')).toEqual({ text: '存储', id: '存储期限' });
  });

  it('leaves other braces alone', () => {
    expect(headingAnchor('Storage')).toEqual({ text: 'Storage', id: undefined });
    expect(headingAnchor('{#storage} Storage')).toEqual({ text: '{#storage} Storage', id: undefined });
    expect(headingAnchor('Storage {#two words}')).toEqual({ text: 'Storage {#two words}', id: undefined });
    expect(headingAnchor('Storage {#}')).toEqual({ text: 'Storage {#}', id: undefined });
  });
});

describe('headingAnchors in Astro’s Markdown processor', () => {
  it('sets the id, strips the marker and keeps generated ids for other headings', async () => {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [headingAnchors] });
    const { code, metadata } = await processor.render(
      '## 三、信息的存储 \\{#storage\\}\n\n## *重要* 提示 \\{#notice\\}\n\n## 四、联系我们\n',
    );
    expect(code).toContain('<h2 id="storage">三、信息的存储</h2>');
    expect(code).toContain('<h2 id="notice"><em>重要</em> 提示</h2>');
    expect(code).toContain('<h2 id="四联系我们">四、联系我们</h2>');
    expect(metadata.headings.map((h) => `${h.slug} ${h.text}`)).toEqual([
      'storage 三、信息的存储',
      'notice 重要 提示',
      '四联系我们 四、联系我们',
    ]);
  });

  it('is accepted by the content check, since the braces are escaped', () => {
    expect(checkMdx('## 三、信息的存储 \\{#storage\\}\n\n正文。\n', 'x.mdx', 5)).toEqual([]);
  });

  it('is refused by the content check when two headings fix the same anchor', () => {
    const [found] = checkMdx('## 存储 \\{#storage\\}\n\n## 保存 \\{#storage\\}\n', 'x.mdx', 5);
    expect(found).toMatchObject({ file: 'x.mdx', line: 7, message: 'Two headings use the anchor "#storage".' });
  });
});
