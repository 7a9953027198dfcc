import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../lint/testing.ts';
import { buildCatalog } from '../model/catalog.ts';
import { compareChanged, compareDates, findPolicy, SelectionError } from './select.ts';
import { escape } from './format-markdown.ts';

const LISTS = 'kind: shared\nrows:\n  - name: 示例支付\n    purpose: 支付\n    data: [订单号]\n';

function catalog() {
  const input = lintInput({
    'brands/acme/brand.yaml': `${BRAND}locales: [en]\n`,
    'brands/acme/privacy/2020-01-01.mdx': version('## 一、收集\n\n我们收集手机号。\n'),
    'brands/acme/privacy/2020-01-01.en.mdx': version(
      '## Collection\n\nWe collect phone numbers.\n',
      'title: Privacy\n',
    ),
    'brands/acme/privacy/2021-01-01.mdx': version(
      '## 一、收集\n\n我们收集手机号和地址。\n',
      'title: 隐私政策\nsummary: 增加地址\n',
    ),
    'brands/acme/privacy/2021-01-01.en.mdx': version(
      '## Collection\n\nWe collect phone numbers and addresses.\n',
      'title: Privacy\n',
    ),
    'brands/acme/privacy/2022-01-01.mdx': version(
      '## 一、收集\n\n我们收集地址。\n',
      'title: 隐私政策\nsummary: 不再收集手机号\n',
    ),
    'brands/acme/privacy/2022-01-01.shared.yaml': LISTS,
    'brands/acme/terms/2020-01-01.mdx': version('条款。\n', 'title: 用户协议\n'),
  });
  return buildCatalog(input.records, '2024-01-01');
}

describe('what diff compares', () => {
  it('maps changed files to their versions: a text in its language, a translation in its own, a list alone in the original', () => {
    const c = catalog();
    const got = compareChanged(c, [
      'brands/acme/privacy/2021-01-01.en.mdx',
      'brands/acme/privacy/2022-01-01.shared.yaml',
      'brands/acme/terms/2020-01-01.mdx',
      'brands/acme/brand.yaml',
    ]).map((x) => [x.policy.id, x.locale, x.from?.file ?? null, x.to.file]);
    expect(got).toEqual([
      ['privacy', 'en', 'brands/acme/privacy/2020-01-01.en.mdx', 'brands/acme/privacy/2021-01-01.en.mdx'],
      ['privacy', 'zh-CN', 'brands/acme/privacy/2021-01-01.mdx', 'brands/acme/privacy/2022-01-01.mdx'],
      ['terms', 'zh-CN', null, 'brands/acme/terms/2020-01-01.mdx'],
    ]);
    expect(compareChanged(c, ['brands/acme/terms/2020-01-01.mdx'], findPolicy(c, 'acme/privacy'))).toEqual([]);
  });

  it('compares one date with the version before it, or two dates oldest first, and names what exists when asked for what does not', () => {
    const c = catalog();
    const policy = findPolicy(c, 'acme/privacy');
    expect([compareDates(c, policy, ['2022-01-01'])].map((x) => [x.from?.date, x.to.date])).toEqual([
      ['2021-01-01', '2022-01-01'],
    ]);
    expect(compareDates(c, policy, ['2020-01-01', '2022-01-01']).from?.date).toBe('2020-01-01');
    expect(() => compareDates(c, policy, ['2022-01-01', '2020-01-01'])).toThrow(/older version with a newer one/);
    expect(() => compareDates(c, policy, ['2023-01-01'])).toThrow(
      'acme/privacy has no version of 2023-01-01; its versions: 2020-01-01, 2021-01-01, 2022-01-01.',
    );
    expect(() => findPolicy(c, 'acme/cookies')).toThrow(SelectionError);
    expect(() => findPolicy(c, 'other/privacy')).toThrow('There is no brand "other"; brands: acme.');
  });

  it('escapes policy text for Markdown: no markup, link or mention comes through', () => {
    expect(escape('<img src=x onerror=alert(1)> **粗体** [链接](javascript:x) @team `code` | 表')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*粗体\\*\\* \\[链接\\]\\(javascript:x\\) @\u200bteam \\`code\\` \\| 表',
    );
    expect(escape('- 一项\n= 下')).toBe('\\- 一项\n\\= 下');
  });
});
