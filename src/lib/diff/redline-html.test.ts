import { describe, expect, it } from 'vitest';
import type { Block } from './model.ts';
import { diffBlocks } from './diff.ts';
import { redlineHtml, type RedlineLabels } from './redline-html.ts';

const labels: RedlineLabels = {
  inserted: '[+',
  deleted: '[-',
  insertedEnd: ']',
  added: 'ADDED',
  removed: 'REMOVED',
  changed: 'CHANGED',
  movedFrom: 'MOVED-FROM',
  movedTo: 'MOVED-TO',
  showUnchanged: (n) => `show ${n}`,
  nextChange: 'next',
  previousChange: 'prev',
  before: 'Old',
  after: 'New',
};
const p = (text: string): Block => ({ kind: 'paragraph', text, section: [] });
const strip = (html: string) => html.replace(/<span class="sr-only">[^<]*<\/span>/g, '');

describe('redlineHtml', () => {
  const a = [p('第一段。'), p('第二段。'), p('第三段。'), p('第四段。'), p('我们会收集您的姓名。'), p('第六段。')];
  const b = [
    p('第一段。'),
    p('第二段。'),
    p('第三段。'),
    p('第四段。'),
    p('我们将收取您的姓名。'),
    p('第六段。'),
    p('新增的一段。'),
  ];
  const html = redlineHtml(diffBlocks(a, b, { locale: 'zh-CN' }), labels);

  it('marks word changes with <ins> and <del> and screen-reader text', () => {
    expect(strip(html.inline)).toContain('我们<del>会收集</del><ins>将收取</ins>您的姓名。');
    expect(html.inline).toContain('<del><span class="sr-only">[-</span>会收集<span class="sr-only">]</span></del>');
  });

  it('numbers changes with anchors and links between them', () => {
    expect(html.changes).toBe(2);
    expect(html.inline).toContain('id="change-1"');
    expect(html.inline).toContain('<a href="#change-2">next</a>');
    expect(html.inline).toContain('<a href="#change-1">prev</a>');
    expect(html.inline).toMatch(
      /class="rl-block rl-added" id="change-2".*REMOVED|class="rl-block rl-added" id="change-2"[\s\S]*ADDED/,
    );
  });

  it('folds long unchanged runs into details that work without script', () => {
    expect(html.inline).toContain('<details class="rl-fold"><summary>show 3</summary>');
    expect(html.inline).toContain('第四段。'); // kept as context before the change
  });

  it('renders the side-by-side table with both texts', () => {
    expect(html.sideBySide).toContain('<th scope="col">Old</th><th scope="col">New</th>');
    expect(strip(html.sideBySide)).toContain('我们<del>会收集</del>您的姓名。');
    expect(strip(html.sideBySide)).toContain('我们<ins>将收取</ins>您的姓名。');
  });

  it('escapes text so policy content can never become markup', () => {
    const escaped = redlineHtml(diffBlocks([p('a')], [p('<script>x</script> & "q"')], { locale: 'en' }), labels);
    expect(escaped.inline).not.toContain('<script>');
    expect(escaped.inline).toContain('&lt;script&gt;');
  });

  it('shows nothing to fold and no changes for identical versions', () => {
    const same = redlineHtml(diffBlocks([p('一'), p('二')], [p('一'), p('二')], { locale: 'zh-CN' }), labels);
    expect(same.changes).toBe(0);
    expect(same.inline).not.toContain('rl-block');
  });
});
