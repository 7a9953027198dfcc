import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';

const dist = inject('sites').sample;

/** The list items of the section under a heading id, with tags (ins, del) kept and screen-reader text dropped. */
function items(html: string, id: string): string[] {
  const part = html.split(`id="${id}"`)[1]?.split('</section>')[0] ?? '';
  return [...part.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) =>
    (item ?? '').replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<(ins|del)[^>]*>/g, '<$1>'),
  );
}

describe('key points of the sample site', () => {
  it('shows a version’s key points before its full text, saying the full text prevails', () => {
    const html = readPage(dist, '/yhd/privacy/2023-03-01/');
    const points = items(html, 'key-points');
    expect(points).toHaveLength(5);
    expect(points[1]).toBe(
      '我们不会出售您的个人信息；只在本声明列明的情况下，与关联公司、入驻商家、合作伙伴和第三方服务提供者共享。',
    );
    expect(html.indexOf('id="key-points"')).toBeLessThan(html.indexOf('data-policy-text'));
    expect(html).toContain('以完整文本为准');
    expect(readPage(dist, '/yhd/privacy/2017-09-01/')).not.toContain('id="key-points"');
  });

  it('redlines the key points word by word, in words as well as colours, with added points labelled', () => {
    const html = readPage(dist, '/yhd/privacy/changes/2023-03-01...2027-01-01/');
    const points = items(html, 'key-point-changes');
    expect(points[3]).toBe(
      '<ins>只有在征得您同意后，</ins>我们<ins>才</ins>会向您提供我们认为您可能感兴趣的产品或服务<ins>，您可以随时在帐户设置中关闭</ins>。',
    );
    expect(points[4]).toMatch(/^<span[^>]*>［新增］<\/span><ins>订购信息及支付信息/);
    expect(html).toMatch(
      /<ins><span class="sr-only">［插入：<\/span>只有在征得您同意后，<span class="sr-only">］<\/span><\/ins>/,
    );
    // The first redline has no key points on the old side: every point is new.
    expect(items(readPage(dist, '/yhd/privacy/changes/2017-09-01...2023-03-01/'), 'key-point-changes')).toHaveLength(5);
  });
});
