import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, oneVersion, version } from '../testing.ts';
import { simplifiedOf } from '../traditional.ts';
import { checkVersion, mixedScriptRule } from './mixed-script.ts';

describe('mixed-script', () => {
  it('points at each traditional character and gives the simplified form', () => {
    const v = oneVersion('车服到家认为有必要的其他情況。\n');
    expect(checkVersion(v)).toEqual([
      expect.objectContaining({
        line: 5,
        column: 14,
        severity: 'warning',
        message: '"其他情況。" uses the traditional character 況 in a simplified-Chinese (zh-CN) text.',
        hint: 'Write 况: "其他情况。".',
      }),
    ]);
  });

  it('stops after ten and says how many more there are', () => {
    const problems = checkVersion(oneVersion('這個們來於與為號資訊權護聯\n'));
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)?.message).toBe('3 more traditional characters in this zh-CN text.');
  });

  it('checks only zh-CN texts', () => {
    const input = lintInput({
      'brands/acme/brand.yaml': `${BRAND}locale: en\n`,
      'brands/acme/privacy/2020-01-01.mdx': version('這個\n'),
    });
    expect(mixedScriptRule.check(input)).toEqual([]);
  });

  it('has a table of characters that differ between the scripts', () => {
    for (const [traditional, simplified] of simplifiedOf) {
      expect(traditional).not.toBe(simplified);
      expect(simplifiedOf.has(simplified)).toBe(false);
    }
    expect(simplifiedOf.has('私')).toBe(false);
  });
});
