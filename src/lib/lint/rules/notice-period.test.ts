import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { noticePeriodRule } from './notice-period.ts';

const material = (published?: string) =>
  `title: 隐私政策\nsummary: 新增条款\nmaterial: true\n${published ? `published: ${published}\n` : ''}`;

describe('notice-period', () => {
  it('names both dates when an upcoming material version gives less notice than noticeDays, and what to change', () => {
    const input = lintInput(
      {
        'brands/acme/brand.yaml': `${BRAND}noticeDays: 30\n`,
        'brands/acme/privacy/2020-01-01.mdx': version('第一版。\n'),
        // In force already: a record of what happened, not checked.
        'brands/acme/privacy/2021-01-01.mdx': version('第二版。\n', material('2020-12-25')),
        'brands/acme/privacy/2025-03-01.mdx': version('第三版。\n', material('2025-02-14')),
        'brands/acme/privacy/2025-03-01.en.mdx': version('Third.\n', 'title: Privacy\nsummary: New\nmaterial: true\n'),
        'brands/acme/privacy/2025-06-01.mdx': version('第四版。\n', material()),
        'brands/acme/privacy/2025-09-01.mdx': version('第五版。\n', material('2025-08-02')),
        'brands/acme/privacy/2025-12-01.mdx': version(
          '第六版。\n',
          'title: 隐私政策\nsummary: 改了措辞\npublished: 2025-11-30\n',
        ),
      },
      '2025-02-20',
    );
    const problems = noticePeriodRule.check(input);
    expect(problems.map((p) => [p.severity, p.file.split('/').at(-1), p.line])).toEqual([
      ['error', '2025-03-01.mdx', 5],
      ['error', '2025-06-01.mdx', 4],
    ]);
    expect(problems[0]!.message).toBe(
      'This material version is published on 2025-02-14 and takes effect on 2025-03-01: 15 days of notice, fewer than the 30 that noticeDays in brand.yaml asks.',
    );
    expect(problems[0]!.hint).toContain('Move the effective date to 2025-03-16 or later');
    expect(problems[0]!.hint).toContain('or publish by 2025-01-30');
    expect(problems[1]!.message).toContain('has no "published" date');
    expect(problems[1]!.hint).toContain('2025-05-02 at the latest');
  });

  it('checks nothing for a brand without noticeDays', () => {
    const input = lintInput(
      {
        'brands/acme/brand.yaml': BRAND,
        'brands/acme/privacy/2020-01-01.mdx': version('第一版。\n'),
        'brands/acme/privacy/2025-03-01.mdx': version('第二版。\n', material('2025-02-28')),
      },
      '2025-01-01',
    );
    expect(noticePeriodRule.check(input)).toEqual([]);
  });
});
