import { describe, expect, it } from 'vitest';
import { toMdx } from './serialise.ts';

const paragraph = (value: string) => ({
  type: 'root' as const,
  children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }],
});

describe('toMdx', () => {
  it('escapes braces and angle brackets, which MDX reads as code and JSX', () => {
    expect(toMdx(paragraph('a {b} <c> d'))).toBe('a \\{b} \\<c> d\n');
  });

  it('escapes a paragraph starting with import or export, but not inside code', () => {
    expect(toMdx(paragraph('import of goods'))).toBe('&#x69;mport of goods\n');
    expect(toMdx({ type: 'root', children: [{ type: 'code', value: 'export x' }] })).toBe('```\nexport x\n```\n');
  });

  it('writes links as [text](url), never as <url> autolinks', () => {
    expect(
      toMdx({
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: 'https://a.example', children: [{ type: 'text', value: 'https://a.example' }] },
            ],
          },
        ],
      }),
    ).toBe('[https://a.example](https://a.example)\n');
  });
});
