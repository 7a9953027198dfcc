import type { Locale } from '../../schemas/brand.ts';
import { daysBetween } from '../i18n/index.ts';
import type { LastVisitData } from '../last-visit/prompt.ts';
import { textIn, type Status } from '../model/catalog.ts';
import type { Heading } from '../policy/render.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { indexesFullText, searchRecord, type SearchRecord } from '../search/record.ts';
import { policyBreadcrumbs, policyRecord, type Link, type RecordLinks } from './common.ts';
import { lastVisitData } from './last-visit.ts';

type VersionPage = Extract<PageRef, { kind: 'version' }>;

/** Everything a version page shows. */
export interface VersionView {
  breadcrumbs: Link[];
  title: string;
  /** The language of the text, which may differ from the page's when a translation is missing. */
  lang: Locale;
  status: Status;
  number: number;
  date: string;
  published: string | undefined;
  links: {
    history: string;
    /** The redline from the previous version, when there is one. */
    changesFromPrevious: string | undefined;
    /** The permanent URL, offered on the policy's canonical URL. */
    permanent: string | undefined;
    record: RecordLinks;
  };
  print: { brand: string; legalName: string; permanent: string };
  /** An archived version: the date the current one took effect and where it is. */
  archived: { since: string; current: string } | undefined;
  /** An upcoming version: when it takes effect, and the current text meanwhile. */
  upcoming: { date: string; current: string | undefined } | undefined;
  /** On the current version: the announced next one, the days until it takes effect and its redline. */
  next: { date: string; daysLeft: number; href: string; redline: string } | undefined;
  lastVisit: LastVisitData;
  translationMissing: boolean;
  /** The text is a translation of the original (which prevails). */
  translated: boolean;
  summary: string | undefined;
  html: string;
  headings: Heading[];
  /** The record Pagefind keeps, on indexed pages; `fullText` says whether the text or only the title is indexed. */
  search: { record: SearchRecord; fullText: boolean } | undefined;
}

export function versionView(ctx: SiteContext, page: VersionPage): VersionView {
  const { brand, policy, version, locale } = page;
  const { urls, catalog } = ctx;
  const text = textIn(version, locale);
  const permanent = urls.version(brand, policy.id, version.date, locale);
  const next = version.status === 'current' ? policy.upcoming[0] : undefined;
  const record = searchRecord(ctx, page);
  return {
    breadcrumbs: policyBreadcrumbs(ctx, brand, policy, locale),
    title: text.data.title,
    lang: text.locale,
    status: version.status,
    number: version.number,
    date: version.date,
    published: version.data.published,
    links: {
      history: urls.history(brand, policy.id, locale),
      changesFromPrevious:
        version.previous && urls.changes(brand, policy.id, version.previous.date, version.date, locale),
      permanent: page.isCurrentPage ? permanent : undefined,
      record: policyRecord(ctx, brand, policy),
    },
    print: { brand: brand.data.name, legalName: brand.data.legalName, permanent: new URL(permanent, ctx.site).href },
    archived:
      version.status === 'archived' && policy.current
        ? { since: policy.current.date, current: urls.policy(brand, policy.id, locale) }
        : undefined,
    upcoming:
      version.status === 'upcoming'
        ? { date: version.date, current: policy.current && urls.policy(brand, policy.id, locale) }
        : undefined,
    next: next && {
      date: next.date,
      daysLeft: daysBetween(catalog.now, next.date),
      href: urls.version(brand, policy.id, next.date, locale),
      redline: urls.changes(brand, policy.id, version.date, next.date, locale),
    },
    lastVisit: lastVisitData(ctx, brand, policy, version, locale),
    translationMissing: text.locale !== locale,
    translated: text.locale === locale && text.translation,
    summary: text.data.summary ?? version.data.summary,
    html: text.text.html,
    headings: text.text.headings,
    search: record && { record, fullText: indexesFullText(text) },
  };
}

/** The version page's <title> and description. */
export function versionTitle(page: VersionPage): { title: string; description: string } {
  const text = textIn(page.version, page.locale);
  return {
    title: text.data.title,
    description: `${page.brand.data.name} · ${text.data.title} · ${page.version.date}`,
  };
}
