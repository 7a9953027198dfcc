import { describe, expect, it } from 'vitest';
import type { Block } from './model.ts';
import { diffBlocks } from './diff.ts';
import { redlineHtml, statsLines, type RedlineLabels } from './redline-html.ts';
import { parseBlocks } from '../policy/blocks.ts';

const labels: RedlineLabels = {
  inserted: '[+',
  deleted: '[-',
  insertedEnd: ']',
  added: (kind) => `ADDED ${kind}`,
  removed: (kind) => `REMOVED ${kind}`,
  changed: (kind) => `CHANGED ${kind}`,
  movedHere: (from) => `MOVED HERE FROM ${from}`,
  movedAway: (to) => `MOVED TO ${to}`,
  movedEdited: ' EDITED',
  movedIn: 'IN',
  movedOut: 'OUT',
  punctuationOnly: 'PUNCTUATION',
  whitespaceOnly: 'SPACING',
  showUnchanged: (n) => `show ${n}`,
  hideUnchanged: (n) => `hide ${n}`,
  section: 'SECTION',
  start: 'START',
  inSection: (path) => `IN ${path}`,
  afterSection: (heading) => `AFTER ${heading}`,
  space: 'SPACE',
  nextChange: 'next',
  previousChange: 'prev',
  before: 'Old',
  after: 'New',
};
const p = (text: string): Block => ({ kind: 'paragraph', text, section: [] });
const strip = (html: string) => html.replace(/<span class="sr-only">[^<]*<\/span>/g, '');
const redline = (a: string, b: string) =>
  redlineHtml(diffBlocks(parseBlocks(a), parseBlocks(b), { locale: 'zh-CN' }), labels);

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

  it('numbers changes with anchors and links between them, and names what changed', () => {
    expect(html.changes).toBe(2);
    expect(html.inline).toContain('id="change-1"');
    expect(html.inline).toContain('<a href="#change-2">next</a>');
    expect(html.inline).toContain('<a href="#change-1">prev</a>');
    expect(html.inline).toMatch(/class="rl-block rl-added" id="change-2"><p class="rl-label"><span>ADDED paragraph/);
  });

  it('folds long unchanged runs into details that say what they hold, open or closed', () => {
    expect(html.inline).toContain(
      '<details class="rl-fold"><summary><span class="rl-when-closed">show 3</span><span class="rl-when-open">hide 3</span></summary>',
    );
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

describe('headings in a redline', () => {
  const text = (change: string) =>
    [
      '## 第一部分',
      ...Array.from({ length: 6 }, (_, i) => `第一部分第 ${i} 段。`),
      '## 第三部分',
      '### （三）公开披露',
      ...Array.from({ length: 5 }, (_, i) => `披露第 ${i} 段。`),
      change,
    ].join('\n\n');
  const html = redline(text('我们不会公开披露淘宝规则。'), text('我们不会公开披露平台规则。'));

  it('says which section each change is in', () => {
    expect(html.inline).toContain(
      '<p class="rl-path"><span class="sr-only">SECTION</span>第三部分 › （三）公开披露</p>',
    );
  });

  it('never folds a heading away, so a change is always seen under its own heading', () => {
    const folds = [...html.inline.matchAll(/<details class="rl-fold">[\s\S]*?<\/details>/g)].map((m) => m[0]);
    expect(folds.length).toBeGreaterThan(0);
    for (const f of folds) expect(f).not.toContain('rl-heading');
    const heading = html.inline.indexOf('（三）公开披露</h4>');
    const change = html.inline.indexOf('id="change-1"');
    expect(heading).toBeGreaterThan(-1);
    expect(heading).toBeLessThan(change);
    expect(html.inline.slice(heading, change)).not.toContain('rl-heading');
  });

  it('names a new heading as a heading', () => {
    const added = redline('## 一\n\n正文。', '## 一\n\n正文。\n\n## 二、新的一节\n\n新的正文。');
    expect(added.inline).toContain('ADDED heading');
  });
});

describe('moves', () => {
  const section = (edit: string) =>
    [`## 四、信息存储`, '我们在中国境内存储您的信息。', `保存期限为${edit}。`, '期满后我们删除或匿名化处理。'].join(
      '\n\n',
    );
  const others = [
    '## 一、收集',
    '我们收集您的姓名。',
    '## 二、使用',
    '我们使用您的信息。',
    '## 三、共享',
    '我们不共享您的信息。',
  ];
  const before = [...others.slice(0, 2), section('三年'), ...others.slice(2)].join('\n\n');
  const after = [...others, section('两年')].join('\n\n');
  const model = diffBlocks(parseBlocks(before), parseBlocks(after), { locale: 'zh-CN' });
  const html = redlineHtml(model, labels);

  it('shows a section that moved and was edited as one move, with its edit inline', () => {
    expect(model.stats.moves).toBe(1);
    expect(html.changes).toBe(1);
    expect(strip(html.inline)).toContain('保存期限为<del>三年</del><ins>两年</ins>。');
    expect(html.inline).toMatch(/id="move-1-to"><span id="change-1"><\/span>/);
  });

  it('links the two ends of the move to each other, each naming the other place', () => {
    expect(html.inline).toContain('<a href="#move-1-from">MOVED HERE FROM AFTER 一、收集</a> EDITED');
    expect(html.inline).toContain('<a href="#move-1-to">MOVED TO AFTER 三、共享</a>');
  });

  it('counts the move once in the summary', () => {
    const lines = statsLines(model, html.changes, {
      changeCount: (n) => `${n} changes`,
      statsChars: (i, d) => `+${i} -${d}`,
      statsSections: (c, a, r, m) => `${c}/${a}/${r}/${m}`,
      statsMoves: (n) => `${n} moves`,
    });
    expect(lines).toEqual(['1 changes · +2 -2', '0/0/0/1', '1 moves']);
  });
});

describe('changes to punctuation and spacing', () => {
  it('labels a deleted mark, and boxes it so a lone 。 can be seen', () => {
    const html = redline('我们收集您的姓名。。', '我们收集您的姓名。');
    expect(html.inline).toContain('rl-trivial');
    expect(html.inline).toContain('PUNCTUATION');
    expect(strip(html.inline)).toContain('<del class="rl-mark">。</del>');
  });

  it('shows a removed space as ␣ and labels it as spacing', () => {
    const html = redline('使用 App 登录。', '使用App 登录。');
    expect(html.inline).toContain('SPACING');
    expect(html.inline).toContain('<span aria-hidden="true">␣</span><span class="sr-only">SPACE</span>');
  });

  it('does not call a change of words trivial', () => {
    const html = redline('我们收集您的姓名。', '我们收集您的电话。');
    expect(html.inline).not.toContain('rl-trivial');
  });
});
