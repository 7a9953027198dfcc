import { describe, expect, it } from 'vitest';
import { lintContent } from '../../src/lib/lint/lint.ts';
import { ContentError, type Problem } from '../../src/lib/problem.ts';
import { loadCatalog } from '../../src/lib/build/load.ts';
import { neutralisedCases, refusedCases } from '../fixtures/hostile/cases.ts';
import { brandOf, writeCases } from '../fixtures/hostile/write.ts';

const options = (contentDir: string) => ({ contentDir, now: '2024-01-01', brand: undefined, site: undefined });

function buildProblems(contentDir: string): readonly Problem[] {
  try {
    loadCatalog(options(contentDir));
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const key = (p: Problem) => `${p.file}:${p.line ?? ''} [${p.rule}] ${p.message}`;

describe('hostile content is refused by the build and by lint alike', () => {
  it('has at least 80 hostile cases in all', () => {
    expect(refusedCases.length + neutralisedCases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(refusedCases.map((c, n) => [c.name, c, n] as const))('%s', (_, c, n) => {
    const dir = writeCases([c]);
    // The case's own brand folder keeps its number, so its messages name the same path as in the combined build.
    const file = `brands/${brandOf(c, n).replace(/^h\d+$/, 'h001')}${c.file === '' ? '/' : `/${c.file}`}`;
    const problems = buildProblems(dir);
    const found = problems.find((p) => (p.file === file || p.file === `${file}/`) && c.message.test(p.message));
    expect(found, `the build said:\n${problems.map(key).join('\n')}`).toBeDefined();
    expect(found!.hint).toMatch(c.hint);
    if (c.line !== undefined) expect(found!.line).toBe(c.line);
    const errors = lintContent(dir).filter((p) => p.severity === 'error');
    expect(errors.map(key).sort()).toEqual(
      problems
        .filter((p) => p.severity === 'error')
        .map(key)
        .sort(),
    );
  });

  it.each(neutralisedCases.map((c) => [c.name, c] as const))('%s builds', (_, c) => {
    const dir = writeCases([c]);
    expect(buildProblems(dir)).toEqual([]);
    expect(lintContent(dir).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
