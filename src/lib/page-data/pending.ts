import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyRecord, type RecordLinks } from './common.ts';

type PendingPage = Extract<PageRef, { kind: 'pending' }>;

/** A policy none of whose versions is in force yet. */
export interface PendingView {
  title: string;
  record: RecordLinks;
  /** The first announced version. */
  first: { date: string; until: string | undefined; href: string } | undefined;
}

export function pendingView(ctx: SiteContext, page: PendingPage): PendingView {
  const { brand, policy, locale } = page;
  const first = policy.upcoming[0];
  return {
    title: policy.title,
    record: policyRecord(ctx, brand, policy),
    first: first && {
      date: first.date,
      until: first.next?.date,
      href: ctx.urls.version(brand, policy.id, first.date, locale),
    },
  };
}
