import { describe, expect, it } from 'vitest';
import type { Segment } from './model.ts';
import { diffText, rebuild, WORD_EDIT_LIMIT } from './words.ts';

const show = (segments: Segment[]) =>
  segments.map(({ op, text }) => (op === 'equal' ? text : `<${op}>${text}</${op}>`)).join('');

describe('diffText', () => {
  it('diffs Chinese by words', () => {
    expect(show(diffText('我们会收集您的个人信息。', '我们将收取您的个人信息。', 'zh-CN'))).toBe(
      '我们<del>会收集</del><ins>将收取</ins>您的个人信息。',
    );
  });

  it('diffs English by words, keeping the spaces right', () => {
    expect(show(diffText('We keep logs for 30 days.', 'We keep server logs for 90 days.', 'en'))).toBe(
      'We keep <ins>server </ins>logs for <del>30</del><ins>90</ins> days.',
    );
  });

  it('shows spaces added between Chinese and Latin words, keeping both texts exact', () => {
    const [a, b] = ['使用App时', '使用 App 时'];
    const segments = diffText(a, b, 'zh-CN');
    expect(show(segments)).toBe('使用<ins> </ins>App<ins> </ins>时');
    expect([rebuild(segments, 'before'), rebuild(segments, 'after')]).toEqual([a, b]);
  });

  it('folds a short unchanged particle between two edits into one replacement', () => {
    expect(show(diffText('收集、使用您的信息', '存储、删除您的信息', 'zh-CN'))).toBe(
      '<del>收集、使用</del><ins>存储、删除</ins>您的信息',
    );
    expect(show(diffText('收集、使用、存储您的信息', '查询、更正、删除您的信息', 'zh-CN'))).toBe(
      '<del>收集、使用、存储</del><ins>查询、更正、删除</ins>您的信息',
    );
  });

  it(`replaces the text whole past ${WORD_EDIT_LIMIT} word edits`, () => {
    const a = Array.from({ length: WORD_EDIT_LIMIT }, (_, k) => `alpha${k}`).join(' ');
    const b = Array.from({ length: WORD_EDIT_LIMIT }, (_, k) => `beta${k}`).join(' ');
    expect(diffText(a, b, 'en')).toEqual([
      { op: 'del', text: a },
      { op: 'ins', text: b },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffText('', '新增内容', 'zh-CN')).toEqual([{ op: 'ins', text: '新增内容' }]);
    expect(diffText('删除内容', '', 'zh-CN')).toEqual([{ op: 'del', text: '删除内容' }]);
  });
});
