import { describe, expect, it } from 'vitest';
import { statedEffectiveDate } from './effective-date.ts';

describe('statedEffectiveDate', () => {
  it.each([
    ['本方针自2018年【2】月【4】日起生效并施行。', '2018-02-04'],
    ['生效日期：2021年6月1日', '2021-06-01'],
    ['更新日期: 2020-03-05\n生效日期: 2020-03-15', '2020-03-15'],
    ['更新日期：2020/3/5', '2020-03-05'],
    ['Effective: March 1, 2024', '2024-03-01'],
    ['This policy is effective as of 2022/7/1.', '2022-07-01'],
    ['Last updated 5 June 2023', '2023-06-05'],
  ])('reads %j', (text, date) => {
    expect(statedEffectiveDate(text)).toBe(date);
  });

  it('ignores texts without a statement and dates that do not exist', () => {
    expect(statedEffectiveDate('我们于2020年成立。')).toBeUndefined();
    expect(statedEffectiveDate('Effective date: 2024-02-30')).toBeUndefined();
  });
});
