import { describe, expect, it } from 'vitest';
import { brokenCases } from '../../../tests/fixtures/broken-cases.ts';
import { writeContent } from '../../../tests/support/content-dir.ts';
import { loadCatalog } from './load.ts';
import { ContentError, type Problem } from '../problem.ts';

function problemsOf(contentDir: string): readonly Problem[] {
  try {
    loadCatalog({ contentDir, now: '2024-01-01', brand: undefined, site: undefined });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadCatalog on broken content', () => {
  it.each(brokenCases)('$name: names the file, the problem and the fix', (c) => {
    const problems = problemsOf(writeContent(c.files));
    const found = problems.find((p) => p.file === c.file && c.message.test(p.message));
    expect(
      found,
      `problems were:\n${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`,
    ).toBeDefined();
    expect(found!.hint).toMatch(c.hint);
    if (c.line !== undefined) expect(found!.line).toBe(c.line);
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsOf(writeContent(Object.assign({}, ...[0, 3, 8, 9].map((i) => brokenCases[i]!.files))));
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('accepts valid content and names an unknown brand for single-brand builds', () => {
    const dir = writeContent(brokenCases[0]!.files);
    expect(() =>
      loadCatalog({ contentDir: 'tests/fixtures/sites/basic', now: '2024-01-01', brand: undefined, site: undefined }),
    ).not.toThrow();
    expect(() =>
      loadCatalog({ contentDir: 'tests/fixtures/sites/basic', now: '2024-01-01', brand: 'nope', site: undefined }),
    ).toThrow(/no brand "nope".*\n.*Use one of: acme/);
    expect(dir).toBeTruthy();
  });
});
