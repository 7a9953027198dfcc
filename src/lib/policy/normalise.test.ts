import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';

describe('normalise', () => {
  it('strips the BOM and turns CRLF and CR into LF', () => {
    expect(normalise('\uFEFF# 标题\r\n\r\n正文\r第二行')).toBe('# 标题\n\n正文\n第二行');
  });

  it('strips frontmatter but keeps a later thematic break', () => {
    const source = '---\ntitle: 隐私政策\nmaterial: true\n---\n\n正文\n\n---\n\n结尾';
    expect(normalise(source)).toBe('\n正文\n\n---\n\n结尾');
  });

  it('strips empty frontmatter and frontmatter written with CRLF', () => {
    expect(normalise('---\n---\n正文')).toBe('正文');
    expect(normalise('---\r\ntitle: x\r\n---\r\n正文')).toBe('正文');
  });

  it('leaves text without frontmatter alone', () => {
    expect(normalise('正文\n---\n')).toBe('正文\n---\n');
  });

  it('turns full-width and no-break spaces into plain spaces and collapses runs', () => {
    expect(normalise('我们\u3000\u3000收集 \u00A0 您的  信息\t和 数据')).toBe('我们 收集 您的 信息 和 数据');
  });

  it('drops trailing spaces and whitespace-only lines', () => {
    expect(normalise('第一行   \n \u3000 \n第二行\u3000')).toBe('第一行\n\n第二行');
  });

  it('keeps ASCII indentation but drops a full-width paragraph indent', () => {
    expect(normalise('- 项目\n    - 子项目  之一')).toBe('- 项目\n    - 子项目 之一');
    expect(normalise('\u3000\u3000\u3000\u3000本政策适用于所有服务。')).toBe('本政策适用于所有服务。');
  });
});
