import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { schemaRule } from './schema.ts';

describe('schema', () => {
  it("reports what the build rejects, with the build's rule ids and messages", () => {
    const input = lintInput({
      // A light primary fails as white-text background and as link colour (accent defaults to it).
      'brands/acme/brand.yaml': BRAND.replace('#1d4ed8', '#fbbf24'),
      'brands/acme/privacy/2020-01-01.mdx': version('正文。\n', 'title: 隐私政策\nauthor: 张三\n'),
      'brands/acme/privacy/2021-02-30.mdx': version('正文。\n'),
      'brands/Bad/brand.yaml': BRAND,
    });
    expect(schemaRule.check(input).map((p) => [p.rule, p.file])).toEqual([
      ['structure', 'brands/Bad/'],
      ['schema', 'brands/acme/privacy/2020-01-01.mdx'],
      ['date', 'brands/acme/privacy/2021-02-30.mdx'],
      ['contrast', 'brands/acme/brand.yaml'],
      ['contrast', 'brands/acme/brand.yaml'],
    ]);
  });
});
