import type { Status } from '../model/catalog.ts';

/** What grouping needs to know of a matching version. */
export interface Grouped {
  /** The policy (its canonical URL in the text's language): one result per policy. */
  policy: string;
  status: Status;
  date: string;
  /** The version's place in the result order: lower is better. */
  rank: number;
}

const STATUSES: readonly Status[] = ['current', 'upcoming', 'archived'];

/** The status a search record's meta names (src/lib/search/record.ts). */
export const statusOf = (meta: Record<string, string | undefined>): Status =>
  STATUSES.find((s) => s === meta['status']) ?? 'current';

/** In force first, then the next one to come into force, then the archive. */
const STATUS_ORDER: Record<Status, number> = { current: 0, upcoming: 1, archived: 2 };

/** Best version of a policy first: current before upcoming before archived, then newest. */
export function versionOrder(a: Pick<Grouped, 'status' | 'date'>, b: Pick<Grouped, 'status' | 'date'>): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.date.localeCompare(a.date);
}

/**
 * One group per policy, each with its versions best first (see versionOrder); groups in the order
 * of their best-ranked version, or newest first when sorted by date.
 */
export function groupByPolicy<T extends Grouped>(items: readonly T[], sort: 'relevance' | 'date'): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.policy, [...(groups.get(item.policy) ?? []), item]);
  const best = (group: T[]) => Math.min(...group.map((i) => i.rank));
  return [...groups.values()]
    .map((group) => [...group].sort(versionOrder))
    .sort((a, b) => (sort === 'date' ? b[0]!.date.localeCompare(a[0]!.date) : 0) || best(a) - best(b));
}
