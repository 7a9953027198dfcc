import type { SiteData } from '../../schemas/site.ts';
import { siteName } from '../model/site-texts.ts';
import { atomXml, type AtomEntry, type AtomFeed } from './atom.ts';
import type { Brand, Policy, Version } from '../model/catalog.ts';
import type { Locale } from '../../schemas/brand.ts';
import { formatDate, messages, type Messages } from '../i18n/index.ts';
import { describeListChanges, listChanges } from '../diff/list-rows.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { absolute, versionLinks } from './version-links.ts';
import { escapeHtml } from '../markup/escape.ts';

/*
 * Atom feeds of policy versions: one entry per version, upcoming ones included and marked, so a
 * subscriber hears of a change when it is announced, not only when it takes effect.
 */

interface Entry {
  brand: Brand;
  policy: Policy;
  version: Version;
}

export const policyFeedTitle = (brand: Brand, policy: Policy) => `${brand.data.name} · ${policy.title}`;
export const brandFeedTitle = (site: SiteData, brand: Brand) => `${brand.data.name} ${siteName(site, brand.locale)}`;

export function policyFeed(ctx: SiteContext, brand: Brand, policy: Policy): string {
  return atomXml(policyFeedParts(ctx, brand, policy));
}

export function brandFeed(ctx: SiteContext, brand: Brand): string {
  return atomXml(brandFeedParts(ctx, brand));
}

/** Every brand's versions in one feed, for the all-brands build. */
export function siteFeed(ctx: SiteContext): string {
  return atomXml(siteFeedParts(ctx));
}

/**
 * What a feed shows, as data: a rebuild keys each feed file by it (src/lib/record/files.ts) and writes
 * the XML of only the feeds that changed.
 */
export function policyFeedParts(ctx: SiteContext, brand: Brand, policy: Policy): AtomFeed {
  return parts(ctx, {
    locale: brand.locale,
    title: policyFeedTitle(brand, policy),
    page: ctx.urls.policy(brand, policy.id, brand.locale),
    self: ctx.urls.policyFeed(brand, policy.id),
    author: brand.data.legalName,
    entries: policy.versions.map((version) => ({ brand, policy, version })),
    withBrand: false,
  });
}

export function brandFeedParts(ctx: SiteContext, brand: Brand): AtomFeed {
  return parts(ctx, {
    locale: brand.locale,
    title: brandFeedTitle(ctx.catalog.site, brand),
    page: ctx.urls.brand(brand, brand.locale),
    self: ctx.urls.brandFeed(brand),
    author: brand.data.legalName,
    entries: brand.policies.flatMap((policy) => policy.versions.map((version) => ({ brand, policy, version }))),
    withBrand: false,
  });
}

export function siteFeedParts(ctx: SiteContext): AtomFeed {
  const locale = ctx.catalog.locale;
  return parts(ctx, {
    locale,
    title: siteName(ctx.catalog.site, locale),
    page: ctx.urls.home(locale),
    self: ctx.urls.siteFeed(),
    author: undefined,
    entries: ctx.catalog.brands.flatMap((brand) =>
      brand.policies.flatMap((policy) => policy.versions.map((version) => ({ brand, policy, version }))),
    ),
    withBrand: true,
  });
}

interface FeedSpec {
  locale: Locale;
  title: string;
  page: string;
  self: string;
  /** Atom wants an author on the feed or on every entry; entries carry their brand's, this is the feed's. */
  author: string | undefined;
  entries: Entry[];
  withBrand: boolean;
}

function parts(ctx: SiteContext, spec: FeedSpec): AtomFeed {
  const t = messages(spec.locale);
  const entries = [...spec.entries].sort(
    (a, b) =>
      b.version.date.localeCompare(a.version.date) ||
      a.brand.id.localeCompare(b.brand.id) ||
      a.policy.id.localeCompare(b.policy.id),
  );
  const items = entries.map((e) => item(ctx, e, spec.withBrand));
  // The newest entry dates the feed, never the clock, so two builds of the same content are identical.
  const updated = items.reduce<string | undefined>(
    (latest, i) => (latest === undefined || i.updated > latest ? i.updated : latest),
    undefined,
  );
  return {
    id: absolute(ctx.site, spec.page),
    title: spec.title,
    subtitle: t.feedSubtitle,
    updated: updated ?? day(ctx.catalog.now),
    generator: 'Privacy Center',
    ...(spec.author === undefined ? {} : { author: spec.author }),
    alternate: absolute(ctx.site, spec.page),
    self: absolute(ctx.site, spec.self),
    entries: items,
  };
}

function item(ctx: SiteContext, { brand, policy, version }: Entry, withBrand: boolean): AtomEntry {
  const locale = brand.locale;
  const t = messages(locale);
  const links = versionLinks(ctx, brand, policy, version);
  const page = absolute(ctx.site, links.page);
  const redline = links.redline === undefined ? undefined : absolute(ctx.site, links.redline);
  const upcoming = version.status === 'upcoming';
  const title = [
    upcoming ? `[${t.status.upcoming}]` : '',
    version.data.material ? `[${t.material}]` : '',
    withBrand ? `${brand.data.name} ·` : '',
    `${version.data.title} · ${t.effectiveOn(formatDate(version.date, locale))}`,
  ]
    .filter(Boolean)
    .join(' ');
  const summary = version.data.summary ?? t.firstVersion;
  const content = [
    upcoming ? `<p><strong>${escapeHtml(t.upcomingNotice(formatDate(version.date, locale)))}</strong></p>` : '',
    version.data.material ? `<p><strong>${escapeHtml(t.material)}</strong></p>` : '',
    `<p>${escapeHtml(summary)}</p>`,
    listChangesHtml(version, t),
    `<p><a href="${escapeHtml(page)}">${escapeHtml(t.readVersion)}</a>`,
    redline === undefined ? '' : ` · <a href="${escapeHtml(redline)}">${escapeHtml(t.whatChanged)}</a>`,
    '</p>',
  ].join('');
  // A version's text never changes once published, so the date it was announced dates the entry.
  const published = day(version.data.published ?? version.date);
  return {
    id: page,
    link: page,
    updated: published,
    published,
    author: brand.data.legalName,
    titleHtml: escapeHtml(title),
    summaryHtml: escapeHtml(summary),
    contentHtml: content,
    // The status and the material flag as categories, so feed readers and scripts can filter on them.
    categories: [
      { term: version.status, label: t.status[version.status] },
      ...(version.data.material ? [{ term: 'material', label: t.material }] : []),
    ],
  };
}

/** The instant a day starts in UTC, as Atom writes dates. */
function day(date: string): string {
  return new Date(`${date}T00:00:00Z`).toISOString();
}

/** The row-level changes of the version's personal information lists, as the redline page tells them. */
function listChangesHtml(version: Version, t: Messages): string {
  if (version.previous === undefined) return '';
  const lists = describeListChanges(listChanges(version.previous.lists, version.lists), t);
  return lists
    .map(
      (list) =>
        `<p>${escapeHtml(list.title)}</p><ul>${list.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    )
    .join('');
}
