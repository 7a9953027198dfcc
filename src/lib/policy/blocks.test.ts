import { describe, expect, it } from 'vitest';
import { parseBlocks, type Block } from './blocks.ts';
import { normalise } from './normalise.ts';

const show = (blocks: Block[]) => blocks.map((b) => `${b.kind}${b.depth ?? ''} ${b.text} @ ${b.section.join(' > ')}`);

describe('parseBlocks', () => {
  it('gives headings, paragraphs and their section paths', () => {
    const source =
      '# 隐私政策\n\n前言。\n\n## 一、适用范围\n\n本政策适用于**所有**服务。\n\n### 1.1 例外\n\n例外情况。\n\n## 二、收集\n\n我们收集信息。';
    expect(show(parseBlocks(source))).toEqual([
      'heading1 隐私政策 @ 隐私政策',
      'paragraph 前言。 @ 隐私政策',
      'heading2 一、适用范围 @ 隐私政策 > 一、适用范围',
      'paragraph 本政策适用于所有服务。 @ 隐私政策 > 一、适用范围',
      'heading3 1.1 例外 @ 隐私政策 > 一、适用范围 > 1.1 例外',
      'paragraph 例外情况。 @ 隐私政策 > 一、适用范围 > 1.1 例外',
      'heading2 二、收集 @ 隐私政策 > 二、收集',
      'paragraph 我们收集信息。 @ 隐私政策 > 二、收集',
    ]);
  });

  it('removes markup noise: emphasis, link targets, escapes, inline code ticks, expressions', () => {
    const source = '请*访问* [我们的网站](https://example.com "标题") 或 `help` 页面，\\{大括号\\}{props.note}。';
    expect(parseBlocks(source).map((b) => b.text)).toEqual(['请访问 我们的网站 或 help 页面，{大括号}。']);
  });

  it('joins soft line breaks: no space between CJK characters, a space otherwise', () => {
    expect(parseBlocks('我们收集\n您的信息\nand share\nit').map((b) => b.text)).toEqual([
      '我们收集您的信息 and share it',
    ]);
  });

  it('gives one block per list item, nested items as their own blocks', () => {
    const source = '- 姓名\n- 联系方式\n\n  包括电话。\n  - 手机号码\n  - 邮箱\n- 地址';
    expect(show(parseBlocks(source))).toEqual([
      'item 姓名 @ ',
      'item 联系方式 包括电话。 @ ',
      'item 手机号码 @ ',
      'item 邮箱 @ ',
      'item 地址 @ ',
    ]);
  });

  it('gives one block per table row with cells joined by " | "', () => {
    const source = '| 信息 | 用途 |\n| --- | --- |\n| 手机号 | **登录** |\n| 位置 | 配送 |';
    expect(parseBlocks(source).map((b) => `${b.kind} ${b.text}`)).toEqual([
      'row 信息 | 用途',
      'row 手机号 | 登录',
      'row 位置 | 配送',
    ]);
  });

  it('keeps code verbatim and looks inside JSX containers and blockquotes', () => {
    const source =
      'import X from "./x.js";\n\n<Callout type="note">\n\n提示内容。\n\n</Callout>\n\n> 引用段落。\n\n```\na  b\nc\n```';
    expect(parseBlocks(source).map((b) => `${b.kind} ${b.text}`)).toEqual([
      'paragraph 提示内容。',
      'paragraph 引用段落。',
      'code a  b\nc',
    ]);
  });

  it('parses a normalised Chinese policy with full-width indentation as paragraphs', () => {
    const source = normalise(
      '\uFEFF---\ntitle: 政策\n---\r\n\u3000\u3000\u3000\u3000第一段。\r\n\r\n\u3000\u3000第二段\u3000内容。\r\n',
    );
    expect(show(parseBlocks(source))).toEqual(['paragraph 第一段。 @ ', 'paragraph 第二段 内容。 @ ']);
  });

  it('returns no blocks for an empty source', () => {
    expect(parseBlocks('')).toEqual([]);
  });
});
