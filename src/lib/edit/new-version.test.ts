import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextVersionSource, translationsOf, versionDates } from './new-version.ts';

describe('nextVersionSource', () => {
  it('keeps title and text, sets the summary placeholder and drops what described the old version', () => {
    const old =
      '---\ntitle: 隐私政策 # 标题\nsummary: 旧的说明\npublished: 2024-08-15\nmaterial: true\neffective: 2024-09-01\n---\n\n## 一、适用范围\n';
    expect(nextVersionSource(old, '2025-01-01')).toBe(
      '---\ntitle: 隐私政策 # 标题\nsummary: "TODO: describe what changed"\neffective: 2025-01-01\n---\n\n## 一、适用范围\n',
    );
  });

  it('refuses a file without frontmatter', () => {
    expect(() => nextVersionSource('text', '2025-01-01')).toThrow(/frontmatter/);
  });
});

describe('policy folders', () => {
  it('lists original dates in order and finds translations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-nv-'));
    mkdirSync(dir, { recursive: true });
    for (const name of ['2022-01-01.mdx', '2020-01-01.mdx', '2022-01-01.en.mdx', 'notes.txt'])
      writeFileSync(join(dir, name), '');
    expect(versionDates(dir)).toEqual(['2020-01-01', '2022-01-01']);
    expect(translationsOf(dir, '2022-01-01')).toEqual(['2022-01-01.en.mdx']);
    expect(versionDates(join(dir, 'missing'))).toEqual([]);
  });
});
