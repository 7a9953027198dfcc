import { describe, expect, it } from 'vitest';
import type { Problem } from '../problem.ts';
import { countByRule, formatLint } from './format.ts';

const problems: Problem[] = [
  {
    file: 'brands/a/privacy/2020-01-01.mdx',
    line: 12,
    column: 3,
    rule: 'internal-links',
    severity: 'error',
    message: 'The link "/x/" is broken: no, really, 100%.',
    hint: 'Fix it.',
  },
  {
    file: 'brands/a/privacy/2020-01-01.mdx',
    line: 40,
    rule: 'empty-contact',
    severity: 'warning',
    message: 'The contact field "联系电话：" is empty.',
    hint: 'Fill it in.',
  },
  { file: 'brands/b/brand.yaml', rule: 'schema', severity: 'error', message: 'Bad.', hint: 'Good.' },
];

describe('formatLint', () => {
  it('groups text output by file with the fix under each problem and a count per rule', () => {
    expect(formatLint(problems, 'text', 'content/')).toBe(
      [
        'content/brands/a/privacy/2020-01-01.mdx',
        '  12:3  error    The link "/x/" is broken: no, really, 100%.  internal-links',
        '                 Fix: Fix it.',
        '  40    warning  The contact field "联系电话：" is empty.  empty-contact',
        '                 Fix: Fill it in.',
        '',
        'content/brands/b/brand.yaml',
        '  error    Bad.  schema',
        '           Fix: Good.',
        '',
        '2 errors, 1 warning in 2 files:',
        '  empty-contact      1 warning',
        '  internal-links     1 error',
        '  schema             1 error',
        '',
      ].join('\n'),
    );
    expect(formatLint([], 'text', '')).toBe('No problems found.\n');
  });

  it('writes GitHub Actions annotations with escaped properties and data', () => {
    expect(formatLint(problems, 'github', 'content/').split('\n')[0]).toBe(
      '::error file=content/brands/a/privacy/2020-01-01.mdx,line=12,col=3,title=internal-links::The link "/x/" is broken: no, really, 100%25. Fix: Fix it.',
    );
    expect(formatLint(problems, 'github', '').split('\n')[2]).toBe(
      '::error file=brands/b/brand.yaml,title=schema::Bad. Fix: Good.',
    );
  });

  it('writes JSON with counts', () => {
    const json = JSON.parse(formatLint(problems, 'json', ''));
    expect(json).toMatchObject({ errors: 2, warnings: 1, counts: countByRule(problems) });
    expect(json.problems).toHaveLength(3);
  });
});
