import { describe, expect, it } from 'vitest';
import { tokens, wordSegmenter, words } from './segment.ts';

describe('segment', () => {
  it('caches one segmenter per locale', () => {
    expect(wordSegmenter('zh-CN')).toBe(wordSegmenter('zh-CN'));
    expect(wordSegmenter('en')).not.toBe(wordSegmenter('zh-CN'));
    expect(wordSegmenter('en').resolvedOptions().granularity).toBe('word');
  });

  it('splits Chinese into words, not characters or sentences', () => {
    expect(tokens('我们会收集您的个人信息。', 'zh-CN')).toEqual([
      '我们',
      '会',
      '收集',
      '您',
      '的',
      '个人',
      '信息',
      '。',
    ]);
  });

  it('gives tokens that join back to the text, spaces included', () => {
    const text = '使用 App 时，we   collect data.';
    expect(tokens(text, 'zh-CN').join('')).toBe(text);
  });

  it('keeps only words, lower-cased', () => {
    expect(words('We collect 您的信息, SDK!', 'en')).toEqual(['we', 'collect', '您', '的', '信息', 'sdk']);
  });

  it('handles empty text', () => {
    expect(tokens('', 'en')).toEqual([]);
    expect(words('', 'en')).toEqual([]);
  });
});
