import { describe, expect, it } from 'vitest';
import { renderLabels } from '../i18n/index.ts';
import { writesOwnNumbers } from './list-markers.ts';
import { processPolicy } from './text.ts';

describe('lists that number their own items', () => {
  it('knows the ways Chinese policies number items', () => {
    expect(writesOwnNumbers(['1、向您提供服务', '2、改进服务'])).toBe(true);
    expect(writesOwnNumbers(['(1)可辨识的信息', '(2)不可辨识的信息'])).toBe(true);
    expect(writesOwnNumbers(['（一）收集', '（二）使用'])).toBe(true);
    expect(writesOwnNumbers(['一、我们如何收集', '二、我们如何使用'])).toBe(true);
    expect(writesOwnNumbers(['1.向您提供', '2.改进'])).toBe(true);
    expect(writesOwnNumbers(['a 您在电商平台的交易', 'b 您输入的关键字', 'c 信用评价'])).toBe(true);
  });

  it('leaves lists of words, and lists numbered only in part, with their bullets', () => {
    expect(writesOwnNumbers(['用户名及密码', '手机号码'])).toBe(false);
    expect(writesOwnNumbers(['1、第一项', '没有编号的一项'])).toBe(false);
    expect(writesOwnNumbers(['a cookie is a small file', 'the browser keeps it'])).toBe(false);
  });

  it('renders such a list without bullets, and others as they were', () => {
    const { html } = processPolicy(
      '- 1、服务\n- 2、改进\n\n正文。\n\n- 手机号码\n- 地址\n',
      { file: 'x.mdx', bodyLine: 1 },
      renderLabels('zh-CN'),
    ).text!;
    expect(html).toContain('<ul class="numbered">\n<li>1、服务</li>');
    expect(html).toContain('<ul>\n<li>手机号码</li>');
  });
});
