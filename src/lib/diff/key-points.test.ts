import { describe, expect, it } from 'vitest';
import { keyPointsRedline } from './key-points.ts';

const show = (changes: ReturnType<typeof keyPointsRedline>) =>
  changes?.map(
    (c) =>
      `${c.status}: ${c.segments.map((s) => (s.op === 'equal' ? s.text : `<${s.op}>${s.text}</${s.op}>`)).join('')}`,
  );

describe('keyPointsRedline', () => {
  it('redlines key points word by word: kept, edited, added and removed points', () => {
    const before = ['我们收集您的手机号码用于登录。', '我们不会出售您的个人信息。', '您可以联系我们删除信息。'];
    const after = ['我们收集您的手机号码和邮箱用于登录。', '我们不会出售您的个人信息。', '订单信息保存三年。'];
    expect(show(keyPointsRedline(before, after, 'zh-CN'))).toEqual([
      'changed: 我们收集您的手机号码<ins>和邮箱</ins>用于登录。',
      'unchanged: 我们不会出售您的个人信息。',
      'removed: <del>您可以联系我们删除信息。</del>',
      'added: <ins>订单信息保存三年。</ins>',
    ]);
  });

  it('says nothing when neither version has key points or they are the same', () => {
    expect(keyPointsRedline([], [], 'zh-CN')).toBeUndefined();
    expect(keyPointsRedline(['同一要点。'], ['同一要点。'], 'zh-CN')).toBeUndefined();
    expect(show(keyPointsRedline([], ['新的要点。'], 'zh-CN'))).toEqual(['added: <ins>新的要点。</ins>']);
  });
});
