import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits at the first line that is exactly a fence, and says where each part starts', () => {
    expect(splitFrontmatter('---\ntitle: 隐私政策 ---\n---\n\n## 一、总则\n')).toEqual({
      yaml: 'title: 隐私政策 ---',
      yamlLine: 2,
      body: '\n## 一、总则\n',
      bodyLine: 4,
    });
  });

  it('keeps the carriage returns of a file saved with CRLF, and allows spaces after a fence', () => {
    expect(splitFrontmatter('--- \r\ntitle: T\r\n---\t\r\nText\r\n')).toEqual({
      yaml: 'title: T\r',
      yamlLine: 2,
      body: 'Text\r\n',
      bodyLine: 4,
    });
  });

  it('gives empty parts for empty frontmatter or no text after it', () => {
    expect(splitFrontmatter('---\n---')).toEqual({ yaml: '', yamlLine: 2, body: '', bodyLine: 3 });
    expect(splitFrontmatter('---\ntitle: T\n---\n')).toEqual({ yaml: 'title: T', yamlLine: 2, body: '', bodyLine: 4 });
  });

  it('finds none without an opening fence on the first line or without a closing one', () => {
    for (const source of ['title: T\n---\n', ' ---\ntitle: T\n---\n', '---', '---\n', '---\ntitle: T\n----\nText'])
      expect(splitFrontmatter(source), JSON.stringify(source)).toBeUndefined();
  });
});
