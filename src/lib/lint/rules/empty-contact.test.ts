import { describe, expect, it } from 'vitest';
import { oneVersion } from '../testing.ts';
import { checkVersion } from './empty-contact.ts';

describe('empty-contact', () => {
  it('finds labels followed by nothing, by punctuation or by the next label', () => {
    const v = oneVersion(
      '联系部门:\n\n联系电话：\n\n请联系我们。联系邮箱:,邮件主题:问题。\n\n电话： 邮箱：a@b.example\n\n- Email:\n\n| Phone: | |\n|---|---|\n',
    );
    expect(checkVersion(v).map((p) => [p.line, p.column, p.message])).toEqual([
      [5, 1, 'The contact field "联系部门:" is empty.'],
      [7, 1, 'The contact field "联系电话：" is empty.'],
      [9, 7, 'The contact field "联系邮箱:" is empty.'],
      [11, 1, 'The contact field "电话：" is empty.'],
      [13, 3, 'The contact field "Email:" is empty.'],
      [15, 3, 'The contact field "Phone:" is empty.'],
    ]);
    expect(checkVersion(v)[2]).toMatchObject({
      severity: 'warning',
      rule: 'empty-contact',
      hint: expect.stringContaining('contact.email'),
    });
  });

  it('accepts filled fields, values on the next line of the paragraph, labels inside words and code', () => {
    const v = oneVersion(
      '联系电话：400-000-0000\n\n客户热线:4000999746\n\n联系邮箱：\nprivacy@a.example\n\n您可通过联系电话:\n4000999746 联系我们。\n\n```\nEmail:\n```\n',
    );
    expect(checkVersion(v)).toEqual([]);
  });
});
