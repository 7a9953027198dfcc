import type { Locale } from '../../schemas/brand.ts';
import type { CollectedItem, SharedRecipient } from '../../schemas/lists.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { policyTitle } from '../model/catalog.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyBreadcrumbs, type Link } from './common.ts';

type ListsPage = Extract<PageRef, { kind: 'lists' }>;

/** One list as its page shows it: its rows, and the version it was published with when an earlier one. */
export interface ListTable<Row> {
  rows: Row[];
  /** The earlier version's date (formatted) when this version keeps that version's list. */
  from: string | undefined;
  illustrative: boolean;
}

/** The lists of collected information and of third parties in force with one version. */
export interface ListsView {
  breadcrumbs: Link[];
  title: string;
  /** The version the lists belong to. */
  version: { label: string; href: string };
  /** The lists' own language: the original's, whatever the page's. */
  lang: Locale;
  collected: ListTable<CollectedItem> | undefined;
  shared: ListTable<SharedRecipient> | undefined;
}

export function listsView(ctx: SiteContext, page: ListsPage): ListsView {
  const { brand, policy, version, locale } = page;
  const t = messages(locale);
  const label = t.versionCrumb(formatDate(version.date, locale));
  const href = ctx.urls.version(brand, policy.id, version.date, locale);
  const table = <Row>(kept: { list: { rows: Row[]; illustrative: boolean }; date: string } | undefined) =>
    kept && {
      rows: kept.list.rows,
      from: kept.date === version.date ? undefined : formatDate(kept.date, locale),
      illustrative: kept.list.illustrative,
    };
  return {
    breadcrumbs: [...policyBreadcrumbs(ctx, brand, policy, locale), { href, label }],
    title: t.listsOf(policyTitle(policy, locale), label),
    version: { label, href },
    lang: brand.locale,
    collected: table(version.lists.collected),
    shared: table(version.lists.shared),
  };
}
