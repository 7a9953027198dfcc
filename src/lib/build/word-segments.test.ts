import { describe, expect, it } from 'vitest';
import { segmentWords } from './word-segments.ts';

describe('segmentWords', () => {
  it('cuts Chinese into words, with an empty string for each run of punctuation or space', () => {
    expect(segmentWords('我们收集您的个人信息。Cookie 政策')).toEqual([
      '我们',
      '收集',
      '您',
      '的',
      '个人',
      '信息',
      '',
      'Cookie',
      '',
      '政策',
    ]);
  });
});
