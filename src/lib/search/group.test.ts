import { describe, expect, it } from 'vitest';
import { groupByPolicy, type Grouped } from './group.ts';

const v = (policy: string, status: Grouped['status'], date: string, rank: number): Grouped => ({
  policy,
  status,
  date,
  rank,
});

describe('groupByPolicy', () => {
  it('puts each policy once, its current version first and then the newest, however the versions ranked', () => {
    const groups = groupByPolicy(
      [
        v('/x/privacy/', 'archived', '2022-07-01', 0),
        v('/y/privacy/', 'current', '2023-01-01', 1),
        v('/x/privacy/', 'current', '2024-04-01', 2),
        v('/x/privacy/', 'archived', '2018-02-04', 3),
        v('/x/privacy/', 'upcoming', '2027-01-01', 4),
      ],
      'relevance',
    );
    expect(groups.map((g) => g.map((i) => `${i.policy} ${i.date}`))).toEqual([
      ['/x/privacy/ 2024-04-01', '/x/privacy/ 2027-01-01', '/x/privacy/ 2022-07-01', '/x/privacy/ 2018-02-04'],
      ['/y/privacy/ 2023-01-01'],
    ]);
  });

  it('orders groups by their best version’s date when sorted by date', () => {
    const groups = groupByPolicy(
      [v('/x/privacy/', 'archived', '2019-01-01', 0), v('/y/privacy/', 'current', '2023-01-01', 1)],
      'date',
    );
    expect(groups.map((g) => g[0]!.policy)).toEqual(['/y/privacy/', '/x/privacy/']);
  });

  it('keeps the language versions of one policy apart', () => {
    const groups = groupByPolicy(
      [v('/en/x/privacy/', 'current', '2024-01-01', 0), v('/x/privacy/', 'current', '2024-01-01', 1)],
      'relevance',
    );
    expect(groups).toHaveLength(2);
  });
});
