import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { makeFold } from './fold.ts';
import { spellerOf, suggestQuery, type SuggestFile } from './suggest.ts';

/** A suggestion file for `words`, with the readings pinyin-pro gives each character (as the build does). */
function fileOf(words: Record<string, number>, extra = ''): SuggestFile {
  const bySyllable: Record<string, string> = {};
  for (const c of new Set([...Object.keys(words).join(''), ...extra]))
    for (const s of pinyin(c, { toneType: 'none', type: 'array', multiple: true }))
      bySyllable[s] = (bySyllable[s] ?? '') + c;
  return { pinyin: bySyllable, words: Object.keys(words), counts: Object.values(words) };
}

const speller = spellerOf(
  fileOf({ 身份证: 12, 身份: 30, 个人信息: 200, 信息: 300, 隐私政策: 40, cookie: 9, cookies: 2, 注销: 8 }, '正心策消'),
);
const fold = makeFold('');
const suggest = (q: string) => suggestQuery(q, speller, fold);

describe('suggestQuery', () => {
  it('finds the word a Chinese typo sounds like', () => {
    expect(suggest('身份正')).toBe('身份证');
    expect(suggest('个人信心')).toBe('个人信息');
    expect(suggest('隐私正策')).toBe('隐私政策');
  });

  it('corrects Latin words by letters, each chunk on its own', () => {
    expect(suggest('cokie')).toBe('cookie');
    expect(suggest('Cokie 身份正')).toBe('cookie 身份证');
  });

  it('suggests nothing for a known word, or when nothing is close', () => {
    expect(suggest('个人信息')).toBeUndefined();
    expect(suggest('量子力学')).toBeUndefined();
    expect(suggest('abc')).toBeUndefined();
  });

  it('changes a two-character word only for one that sounds the same', () => {
    expect(suggest('注消')).toBe('注销');
    expect(suggest('注册')).toBeUndefined();
  });
});
