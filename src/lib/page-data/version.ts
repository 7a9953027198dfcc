import type { Locale } from '../../schemas/brand.ts';
import { daysBetween, formatDate, messages } from '../i18n/index.ts';
import type { LastVisitData } from '../last-visit/prompt.ts';
import { textIn, type Status, brandName } from '../model/catalog.ts';
import type { Heading } from '../policy/render.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { definesTerms, hasLists } from '../routes/pages.ts';
import { withHeadingLinks } from './heading-links.ts';
import { keyed, type Keyed } from './keyed.ts';
import { policyBreadcrumbs, policyRecord, type Link, type RecordLinks } from './common.ts';
import { lastVisitData } from './last-visit.ts';
import { canChange } from '../live/status.ts';

type VersionPage = Extract<PageRef, { kind: 'version' }>;

/** Everything a version page shows. */
export interface VersionView {
  breadcrumbs: Link[];
  title: string;
  /** Which version this is, beside the title: its date and status. */
  material: boolean;
  /** The language of the text, which may differ from the page's when a translation is missing. */
  lang: Locale;
  status: Status;
  number: number;
  date: string;
  /** The next version's effective date, when this one is not the last: statuses follow the visitor's day. */
  until: string | undefined;
  published: string | undefined;
  links: {
    history: string;
    /** The redline from the previous version, when there is one. */
    changesFromPrevious: string | undefined;
    /** The permanent URL, offered on the policy's canonical URL. */
    permanent: string | undefined;
    /** The lists of collected information and third parties in force with this version. */
    lists: string | undefined;
    /** The policy's glossary, when its texts define terms. */
    glossary: string | undefined;
    record: RecordLinks;
  };
  /** The printed page's header: whose policy, which version, where it is. */
  print: { brand: string; legalName: string; title: string; permanent: string };
  /** An archived version: the date the current one took effect, where it is, and the redline to it. */
  /** `until`: the day the version then current is replaced in turn, if announced. */
  archived: { since: string; until: string | undefined; current: string; compare: string } | undefined;
  /** An upcoming version: when it takes effect, and the current text meanwhile. */
  upcoming: { date: string; current: string | undefined } | undefined;
  /** On the current version: the announced next one, the days until it takes effect and its redline. */
  next:
    | { date: string; until: string | undefined; daysLeft: number; href: string; redline: string; material: boolean }
    | undefined;
  lastVisit: LastVisitData;
  translationMissing: boolean;
  /** The text is a translation of the original (which prevails). */
  translated: boolean;
  summary: string | undefined;
  /** Show the change summary open: on an announced or material change a visitor needs to read it. */
  summaryOpen: boolean;
  pdf: string | undefined;
  /** The version's key points in the text's language, shown before the full text. */
  keyPoints: string[] | undefined;
  /** Named by the text it renders: a rebuild keys the page without reading the text. */
  html: Keyed<string>;
  headings: Heading[];
}

export function versionView(ctx: SiteContext, page: VersionPage): VersionView {
  const { brand, policy, version, locale } = page;
  const { urls, catalog } = ctx;
  const t = messages(locale);
  const current = policy.current;
  const text = textIn(version, locale);
  const permanent = urls.version(brand, policy.id, version.date, locale);
  const next = version.status === 'current' ? policy.upcoming[0] : undefined;
  return {
    breadcrumbs: [
      ...policyBreadcrumbs(ctx, brand, policy, locale),
      ...(page.isCurrentPage ? [] : [{ href: permanent, label: t.versionCrumb(formatDate(version.date, locale)) }]),
    ],
    title: text.data.title,
    material: version.data.material,
    lang: text.locale,
    status: version.status,
    number: version.number,
    date: version.date,
    until: version.next?.date,
    published: version.data.published,
    links: {
      history: urls.history(brand, policy.id, locale),
      changesFromPrevious:
        version.previous && urls.changes(brand, policy.id, version.previous.date, version.date, locale),
      permanent: page.isCurrentPage ? permanent : undefined,
      lists: hasLists(version) ? urls.versionLists(brand, policy.id, version.date, locale) : undefined,
      glossary: definesTerms(policy) ? urls.glossary(brand, policy.id, locale) : undefined,
      record: policyRecord(ctx, brand, policy),
    },
    print: {
      brand: brand.data.name,
      legalName: brand.data.legalName,
      title: [
        text.data.title,
        `${t.effective} ${formatDate(version.date, locale)}`,
        t.status[version.status],
        t.versionBadge(version.number),
      ].join(' · '),
      permanent: new URL(permanent, ctx.site).href,
    },
    archived:
      version.status === 'archived' && current
        ? {
            since: current.date,
            until: current.next?.date,
            current: urls.policy(brand, policy.id, locale),
            compare:
              version.next === current
                ? urls.changes(brand, policy.id, version.date, current.date, locale)
                : `${urls.compare(brand, policy.id, locale)}?from=${version.date}&to=${current.date}`,
          }
        : undefined,
    upcoming:
      version.status === 'upcoming'
        ? { date: version.date, current: policy.current && urls.policy(brand, policy.id, locale) }
        : undefined,
    next: next && {
      date: next.date,
      until: next.next?.date,
      daysLeft: daysBetween(catalog.now, next.date),
      href: urls.version(brand, policy.id, next.date, locale),
      redline: urls.changes(brand, policy.id, version.date, next.date, locale),
      material: next.data.material,
    },
    lastVisit: lastVisitData(ctx, brand, policy, version, locale),
    translationMissing: text.locale !== locale,
    translated: text.locale === locale && text.translation,
    summary: text.data.summary ?? version.data.summary,
    summaryOpen: version.status === 'upcoming' || version.data.material,
    pdf: ctx.pdf ? urls.versionPdf(brand, policy.id, version.date, locale) : undefined,
    keyPoints: text.data.keyPoints,
    html: keyed(`html ${text.textKey} ${t.sectionLink}`, () => withHeadingLinks(text.text.html, t.sectionLink)),
    headings: text.text.headings,
  };
}

/**
 * The version page's <title> and description: each version has its own. A status a later day can
 * change stays out of the title, which no script corrects: the date alone is true on any day.
 */
export function versionTitle(page: VersionPage): { title: string; description: string } {
  const { version } = page;
  const text = textIn(version, page.locale);
  const t = messages(page.locale);
  const date = formatDate(version.date, page.locale);
  const label = canChange(version.status, version.next?.date)
    ? t.versionOf(date)
    : t.versionLabel(date, version.status);
  return {
    title: t.titleWithVersion(text.data.title, label),
    description: `${brandName(page.brand, page.locale)} · ${text.data.title} · ${page.version.date}`,
  };
}
