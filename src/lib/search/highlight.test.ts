import { describe, expect, it } from 'vitest';
import { highlightRanges, highlightTerms } from './highlight.ts';

const marked = (text: string, terms: string[]) => {
  let out = '';
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};

describe('highlightTerms', () => {
  it('reads every highlight parameter, split on spaces, without repeats', () => {
    expect(
      highlightTerms(
        '?highlight=%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF&highlight=Cookie+%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF',
      ),
    ).toEqual(['个人信息', 'Cookie']);
    expect(highlightTerms('?q=x')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('marks every occurrence, longest term first, ignoring case', () => {
    expect(marked('我们收集您的个人信息，并保护信息与 cookies。', ['信息', '个人信息', 'Cookie'])).toBe(
      '我们收集您的[个人信息]，并保护[信息]与 [cookie]s。',
    );
  });

  it('treats terms as text, not patterns', () => {
    expect(marked('a+b (c)', ['a+b', '(c)'])).toBe('[a+b] [(c)]');
    expect(highlightRanges('text', [])).toEqual([]);
  });
});
