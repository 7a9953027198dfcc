import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';

const dist = inject('sites').sample;

/** The contact box of a brand's center. */
const contactBox = (path: string) => readPage(dist, path).split('id="contact-title"')[1]?.split('</section>')[0] ?? '';

describe('contact boxes of the sample brands', () => {
  it('give the way to reach the company that its text gives', () => {
    const jiapin = contactBox('/jiapin/');
    expect(jiapin).toContain('href="tel:4000999746"');
    expect(jiapin).not.toContain('未写明联系方式');
  });

  it('say so when a text gives no way to reach the company, rather than showing its name alone', () => {
    for (const brand of ['yhd', 'beiye', 'chefu', 'xinrisheng'])
      expect(contactBox(`/${brand}/`), brand).toContain('政策文本未写明联系方式（邮箱、电话或地址），本中心也未登记。');
    expect(contactBox('/en/beiye/')).toContain('The policy text gives no way to reach the company');
  });
});
