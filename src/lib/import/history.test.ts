import { describe, expect, it } from 'vitest';
import { planHistory, type Revision } from './history.ts';

const rev = (sha: string, date: string, text: string | undefined): Revision => ({
  sha: sha.padEnd(40, '0'),
  date,
  subject: `commit ${sha}`,
  path: 'p.md',
  text,
});

describe('planHistory', () => {
  it('keeps one version per distinct text and skips BOM, line-ending and whitespace changes', () => {
    const plan = planHistory(
      [
        rev('a', '2020-01-01', 'A b\n'),
        rev('b', '2020-02-01', '\uFEFFA  b\r\n'),
        rev('c', '2020-03-01', 'A\tb\n'),
        rev('d', '2020-04-01', 'A c\n'),
      ],
      'commit',
    );
    expect(plan.versions.map((v) => [v.sha[0], v.effective])).toEqual([
      ['a', '2020-01-01'],
      ['d', '2020-04-01'],
    ]);
    expect(plan.skipped.map((s) => [s.revision.sha[0], s.reason])).toEqual([
      ['b', 'only BOM, line endings or whitespace changed'],
      ['c', 'only BOM, line endings or whitespace changed'],
    ]);
  });

  it('keeps the last of several revisions on one day', () => {
    const plan = planHistory(
      [rev('a', '2020-01-01', 'one'), rev('b', '2020-01-01', 'two'), rev('c', '2020-01-01', 'three')],
      'commit',
    );
    expect(plan.versions.map((v) => v.text)).toEqual(['three']);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      'replaced by b000000, a later revision for 2020-01-01',
      'replaced by c000000, a later revision for 2020-01-01',
    ]);
  });

  it('dates by the text when asked, falling back to the commit date', () => {
    const plan = planHistory(
      [rev('a', '2020-01-05', '生效日期：2020年1月1日'), rev('b', '2020-06-05', '没有日期的修订')],
      'text',
    );
    expect(plan.versions.map((v) => [v.effective, v.dateNote])).toEqual([
      ['2020-01-01', 'date stated in the text'],
      ['2020-06-05', 'no date in the text: commit date'],
    ]);
  });

  it('skips commits where the file is missing and identical texts (a rename)', () => {
    const plan = planHistory(
      [rev('a', '2020-01-01', 'x'), rev('b', '2020-02-01', 'x'), rev('c', '2020-03-01', undefined)],
      'commit',
    );
    expect(plan.versions).toHaveLength(1);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['text unchanged', 'file missing or not text in this commit']);
  });
});
