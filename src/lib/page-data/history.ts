import { messages } from '../i18n/index.ts';
import { addDays } from '../live/status.ts';
import { comparedTexts, policyTitle } from '../model/catalog.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import {
  policyBreadcrumbs,
  policyRecord,
  versionItem,
  type Link,
  type RecordLinks,
  type VersionItem,
} from './common.ts';

type HistoryPage = Extract<PageRef, { kind: 'history' }>;

/** The size of a version's change from the one before, and its redline. */
export interface ChangeSize {
  inserted: number;
  deleted: number;
  /** Inserted and deleted characters together, for the bar. */
  total: number;
  href: string;
}

export interface HistoryView {
  breadcrumbs: Link[];
  title: string;
  record: RecordLinks;
  compare: string;
  /** Newest first; `lastDay` is the day before the next version's, the last day this one is in force. */
  versions: Array<VersionItem & { size: ChangeSize | undefined; lastDay: string | undefined }>;
  /** The largest change of the policy, which the bars are scaled to. */
  largest: number;
}

export function historyView(ctx: SiteContext, page: HistoryPage): HistoryView {
  const { brand, policy, locale } = page;
  const sizes = new Map(
    policy.pairs.map((pair) => {
      const stats = ctx.redlines.stats(...comparedTexts(pair, locale));
      const href = ctx.urls.changes(brand, policy.id, pair.from.date, pair.to.date, locale);
      const size = { inserted: stats.inserted, deleted: stats.deleted, total: stats.inserted + stats.deleted, href };
      return [pair.to, size];
    }),
  );
  return {
    breadcrumbs: policyBreadcrumbs(ctx, brand, policy, locale),
    title: messages(locale).historyOf(policyTitle(policy, locale)),
    record: policyRecord(ctx, brand, policy),
    compare: ctx.urls.compare(brand, policy.id, locale),
    versions: [...policy.versions].reverse().map((v) => ({
      ...versionItem(ctx, brand, policy, v, locale),
      size: sizes.get(v),
      lastDay: v.next && dayBefore(v.next.date),
    })),
    largest: Math.max(1, ...[...sizes.values()].map((s) => s.total)),
  };
}

/** The day before a date (YYYY-MM-DD): the last day the version before it was in force. */
function dayBefore(date: string): string {
  return addDays(date, -1);
}
