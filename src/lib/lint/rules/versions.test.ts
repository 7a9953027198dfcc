import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { versionsRule } from './versions.ts';

describe('versions', () => {
  it("wraps the build's history checks and warns about a version that changes nothing", () => {
    const input = lintInput({
      'brands/acme/brand.yaml': BRAND,
      'brands/acme/privacy/2020-01-01.mdx': version('第一版。\n'),
      'brands/acme/privacy/2021-01-01.mdx': version('第二版。\n'),
      'brands/acme/privacy/2022-01-01.mdx': version(
        '第三版。\n',
        'title: 隐私政策\nsummary: "TODO: describe what changed"\npublished: 2022-02-01\n',
      ),
      'brands/acme/privacy/2022-01-01.zh-CN.mdx': version('第三版。\n', 'title: 隐私政策\nsummary: 同一天\n'),
      'brands/acme/privacy/2023-01-01.mdx': version('第三版。\n', 'title: 隐私政策\nsummary: 只改了标题\n'),
    });
    expect(versionsRule.check(input).map((p) => [p.rule, p.severity, p.file.split('/').at(-1)])).toEqual([
      ['summary', 'error', '2021-01-01.mdx'],
      ['summary', 'error', '2022-01-01.mdx'],
      ['date', 'error', '2022-01-01.mdx'],
      ['version-order', 'error', '2022-01-01.zh-CN.mdx'],
      ['versions', 'warning', '2023-01-01.mdx'],
    ]);
  });
});
