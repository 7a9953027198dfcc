import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWhole } from './markdown.ts';
import { splitSections } from './sections.ts';

const tricky: Record<string, string> = {
  'a heading line inside fenced code': '# A\n\ntext\n\n```\n# not a heading\n\nnot a paragraph\n```\n\n## B\n',
  'a longer fence around a shorter one': '# A\n\n````md\n```\n# no\n```\n````\n# C\n',
  'tilde fences': '# A\n\n~~~~\n~~~\n# in code\n~~~~\n# B\n',
  'a heading right after a list, a quote, a table':
    '- item\n# C\n\n> quote\n# D\n\n| a | b |\n|---|---|\n| 1 | 2 |\n# E\n',
  'a loose list and a quote across blank lines':
    '- a\n\n- b\n\nAfter\n\n> q\n\n> q2\n\nText\n\n1. one\n\n2. two\n\n  indented\n\nNext\n',
  'a list item continued after a blank line': '- x\n\n  continued\n\nY\n',
  'indented code across blank lines': 'A\n\n    code\n\n    more code\n\nZ\n',
  'a JSX element holding a heading and paragraphs': '# A\n\n<details>\n\n# inside\n\nText\n\n</details>\n\n# B\n',
  'an attribute spanning lines': '# A\n\n<abbr title="x\n# y">z</abbr>\n\n# B\n',
  'emphasis that cannot span paragraphs': 'c *emph\n\nd* e\n\n**bold\n\nstill**\n',
  'a setext heading, CRLF line ends': 'Title\n===\n# A\r\n\r\n```\r\n# no\r\n```\r\n# B\r\ntext\r\n',
  'Chinese paragraphs opening with brackets and quotes': '（一）条款\n\n“引用”开头\n\n《名称》\n\n【提示】\n',
  'a reference and a footnote defined in a later section':
    '# A\n\nsee [x][y] and note[^1]\n\n# B\n\n[y]: https://example.com\n\n[^1]: foot\n',
};

/** The tree, or the parser's message: a text MDX rejects must be rejected the same way. */
function outcome(parse: (body: string) => unknown, body: string): unknown {
  try {
    return parse(body);
  } catch (error) {
    return { error: String(error) };
  }
}

describe('parseMarkdown', () => {
  it.each(Object.entries(tricky))('gives the whole parse’s tree, positions included: %s', (_, body) => {
    expect(outcome(parseMarkdown, body)).toEqual(outcome(parseWhole, body));
    // A second time, from the section cache.
    expect(outcome(parseMarkdown, body)).toEqual(outcome(parseWhole, body));
  });

  it('gives the whole parse’s tree for the sample content and the seed texts', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const body = text.slice(text.indexOf('\n---', 3) + 4);
      expect(parseMarkdown(body), file).toEqual(parseWhole(body));
    }
  });

  it('reports a mistake as the whole parse does, where it is in the text', () => {
    for (const body of [
      '# A\n\n{1 +\n\n# B\n\n2}\n',
      '# A\n\n<div>\n\n# B\n\nText\n',
      '# A\n\nText\n\n# B\n\n</div>\n',
    ]) {
      const whole = outcome(parseWhole, body);
      expect(whole).toHaveProperty('error');
      expect(outcome(parseMarkdown, body)).toEqual(whole);
    }
  });

  it('reads emphasis beside Chinese punctuation as emphasis, not as asterisks', () => {
    const html = (body: string) => JSON.stringify(parseMarkdown(body).children[0]);
    const tree = parseMarkdown('*了解更多：*您可以**“注销”**账户。').children[0];
    expect(tree).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'emphasis', children: [{ type: 'text', value: '了解更多：' }] },
        { type: 'text', value: '您可以' },
        { type: 'strong', children: [{ type: 'text', value: '“注销”' }] },
        { type: 'text', value: '账户。' },
      ],
    });
    // Latin text keeps CommonMark's rules: an asterisk inside a word pair is still emphasis, a lone one is text.
    expect(html('a *b* c and 2 * 3')).not.toContain('"value":"*');
    expect(html('2 * 3 * 4')).toContain('2 * 3 * 4');
  });

  it('gives each caller a tree of its own', () => {
    const body = '# A\n\nSame text.\n\n# B\n\nMore.\n';
    const first = parseMarkdown(body);
    (first.children[0] as { data?: unknown }).data = { changed: true };
    expect(parseMarkdown(body)).toEqual(parseWhole(body));
  });
});

describe('splitSections', () => {
  it('cuts before headings and new paragraphs, never inside code', () => {
    const parts = splitSections('# A\n\nText\n\n```\n# no\n\nNo\n```\n\n## B\n')?.map((p) => [p.line, p.text]);
    expect(parts).toEqual([
      [1, '# A\n\n'],
      [3, 'Text\n\n```\n# no\n\nNo\n```\n\n'],
      [11, '## B\n'],
    ]);
  });

  it('keeps a text with a definition whole', () => {
    expect(splitSections('# A\n\n[x]\n\n# B\n\n[x]: https://example.com\n')).toBeUndefined();
  });
});
