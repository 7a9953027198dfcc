import { describe, expect, it } from 'vitest';
import { renderLabels } from '../i18n/index.ts';
import { parseDefinition } from './glossary.ts';
import { processPolicy } from './text.ts';

const render = (body: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  processPolicy(body, { file: 'x.mdx', bodyLine: 1 }, renderLabels(locale)).text!;

/** The terms made into buttons, in order, with the popover each opens. */
const buttons = (html: string) =>
  [...html.matchAll(/<button type="button" class="term" popovertarget="([^"]+)">([^<]+)<\/button>/g)].map(
    (m) => `${m[2]}→${m[1]}`,
  );

describe('parseDefinition', () => {
  it('reads the ways Chinese and English policies define a term', () => {
    expect(parseDefinition('个人信息:指以电子方式记录的信息。')).toEqual({
      term: '个人信息',
      definition: '以电子方式记录的信息。',
    });
    expect(parseDefinition('1.“客户”:指通过本网站采购的法人。')).toEqual({
      term: '客户',
      definition: '通过本网站采购的法人。',
    });
    expect(parseDefinition('（二）“敏感个人信息”是指一旦泄露可能危害人身安全的信息')?.term).toBe('敏感个人信息');
    expect(parseDefinition('服务提供者：陕西嘉品云市电子商务有限公司。')?.term).toBe('服务提供者');
    expect(parseDefinition('"Personal data" means any information relating to a person.')).toEqual({
      term: 'Personal data',
      definition: 'any information relating to a person.',
    });
  });

  it('leaves sentences, one-character terms and text without a definition alone', () => {
    expect(parseDefinition('本方针用语的定义如下:')).toBeUndefined();
    expect(parseDefinition('“客户信息”及“个人信息”以下统称“客户信息与个人信息”。')).toBeUndefined();
    expect(parseDefinition('您:指本服务的使用者。')).toBeUndefined();
    expect(parseDefinition('我们会收集以下信息。')).toBeUndefined();
  });
});

const POLICY = `## 提示条款

我们深知个人信息对您的重要性。

## 第一部分 定义

嘉品云市App:指嘉品云市B2B购物客户端。

- 1.“客户”:指通过本网站采购产品的法人。
- 2.“客户信息”:指能够识别客户身份的各种信息。
- 3.“个人信息”:指能够识别自然人身份的各种信息。

## 一、我们如何收集信息

您使用嘉品云市App时,我们收集客户信息与个人信息,以及客户的联系方式。再次提到个人信息时不再标出。

请下载移动客户端后登录。[个人信息](https://example.com/)不在链接中标出。

### (一)注册

注册时我们收集个人信息。\`客户\`

## 二、如何联系我们

联系我们。
`;

describe('key terms in a rendered text', () => {
  it('finds the definitions part and gives each defining block an id', () => {
    const text = render(POLICY);
    expect(text.terms.map((t) => [t.term, t.id])).toEqual([
      ['嘉品云市App', 'term-1'],
      ['客户', 'term-2'],
      ['客户信息', 'term-3'],
      ['个人信息', 'term-4'],
    ]);
    expect(text.html).toContain('<p id="term-1">嘉品云市App:指');
    expect(text.html).toContain('<li id="term-3">2.“客户信息”');
  });

  it('makes the first use of each term in each section a popover button, and no other', () => {
    const { html } = render(POLICY);
    expect(buttons(html)).toEqual([
      // 提示条款, before the definitions: its own section.
      '个人信息→term-4-popover',
      // 一: each term once; 客户 not inside 客户信息, nor in 客户端; links and code untouched.
      '嘉品云市App→term-1-popover',
      '客户信息→term-3-popover',
      '个人信息→term-4-popover',
      '客户→term-2-popover',
      // (一) is a section of its own.
      '个人信息→term-4-popover',
    ]);
    expect(html).toContain('移动客户端后');
    expect(html).toContain('<code>客户</code>');
    expect(html).not.toMatch(/<h[1-6][^>]*>[^<]*<button/);
  });

  it('appends one popover per term used, out of the search index, with a way to the definition and to close', () => {
    const { html } = render(POLICY);
    const popovers = html.slice(html.indexOf('<div class="term-popovers" data-pagefind-ignore="all">'));
    expect(popovers).not.toBe(html);
    expect([...popovers.matchAll(/<div id="([^"]+)" popover="auto" class="term-popover">/g)].map((m) => m[1])).toEqual([
      'term-1-popover',
      'term-2-popover',
      'term-3-popover',
      'term-4-popover',
    ]);
    expect(popovers).toContain('<strong>客户信息</strong> 能够识别客户身份的各种信息。');
    expect(popovers).toContain('<a href="#term-3">在正文的定义中查看</a>');
    expect(popovers).toContain(
      '<button type="button" popovertarget="term-3-popover" popovertargetaction="hide">关闭</button>',
    );
  });

  it('reads an English definitions part, matching terms as whole words', () => {
    const { html, terms } = render(
      `## Definitions\n\n"Service" means the shop.\n\n## Use\n\nThe Service and Services.\n`,
      'en',
    );
    expect(terms.map((t) => t.term)).toEqual(['Service']);
    expect(buttons(html)).toEqual(['Service→term-1-popover']);
    expect(html).toContain('See it among the definitions');
  });

  it('leaves a text without a definitions part as it was', () => {
    const { html, terms } = render('## 一、收集\n\n个人信息:指信息。\n');
    expect(terms).toEqual([]);
    expect(html).not.toContain('<button');
  });
});
