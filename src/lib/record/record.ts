import type { Brand, Policy, Status, Version } from '../model/catalog.ts';
import type { Locale } from '../../schemas/brand.ts';
import type { CollectedItem, SharedRecipient } from '../../schemas/lists.ts';
import { hasLists } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { absolute, versionLinks } from './version-links.ts';

/*
 * The public record: JSON files that list every version of every policy with the SHA-256 of its
 * source, so anyone can check what was published and when. The shapes are fixed by
 * schemas/record.schema.json and described in the README ("The public record"); change all three together.
 */

export interface TranslationEntry {
  locale: Locale;
  title: string;
  summary: string | null;
  url: string;
  source: string;
  sha256: string;
  /** The version printed, when the build makes PDFs. */
  pdf: string | null;
}

export interface VersionEntry {
  number: number;
  effective: string;
  /** The date the version was announced, when its frontmatter says. */
  published: string | null;
  status: Status;
  title: string;
  summary: string | null;
  material: boolean;
  url: string;
  redline: string | null;
  source: string;
  sha256: string;
  /** The version printed, when the build makes PDFs. */
  pdf: string | null;
  translations: TranslationEntry[];
  /** The personal information lists in force with the version (src/schemas/lists.ts). */
  lists: ListsEntry | null;
}

/** A list in force: the version it was published with, and its rows as the YAML gives them. */
interface ListEntry<Row> {
  since: string;
  illustrative: boolean;
  rows: Row[];
}

export interface ListsEntry {
  url: string;
  collected: ListEntry<CollectedItem> | null;
  shared: ListEntry<SharedRecipient> | null;
}

export interface PolicyEntry {
  id: string;
  title: string;
  url: string;
  history: string;
  feed: string;
  versions: string;
  current: string | null;
  upcoming: string[];
  versionCount: number;
}

export interface BrandEntry {
  id: string;
  name: string;
  legalName: string;
  locale: Locale;
  locales: Locale[];
  url: string;
  feed: string;
  index: string;
  policies: PolicyEntry[];
}

export interface VersionsFile {
  kind: 'versions';
  /** The day the statuses were computed for. */
  asOf: string;
  brand: string;
  policy: string;
  title: string;
  locale: Locale;
  url: string;
  history: string;
  feed: string;
  current: string | null;
  versions: VersionEntry[];
}

export interface BrandIndexFile extends BrandEntry {
  kind: 'brand';
  asOf: string;
}

export interface SiteIndexFile {
  kind: 'site';
  asOf: string;
  url: string;
  feed: string;
  brands: BrandEntry[];
}

export function versionsFile(ctx: SiteContext, brand: Brand, policy: Policy): VersionsFile {
  const { urls, site } = ctx;
  return {
    kind: 'versions',
    asOf: ctx.catalog.now,
    brand: brand.id,
    policy: policy.id,
    title: policy.title,
    locale: brand.locale,
    url: absolute(site, urls.policy(brand, policy.id, brand.locale)),
    history: absolute(site, urls.history(brand, policy.id, brand.locale)),
    feed: absolute(site, urls.policyFeed(brand, policy.id)),
    current: policy.current?.date ?? null,
    versions: policy.versions.map((v) => versionEntry(ctx, brand, policy, v)),
  };
}

function versionEntry(ctx: SiteContext, brand: Brand, policy: Policy, version: Version): VersionEntry {
  const links = versionLinks(ctx, brand, policy, version);
  const translations = brand.locales.flatMap((locale): TranslationEntry[] => {
    const t = version.translations[locale];
    if (!t || !t.translation) return [];
    const own = versionLinks(ctx, brand, policy, version, locale);
    return [
      {
        locale,
        title: t.data.title,
        summary: t.data.summary ?? null,
        url: absolute(ctx.site, own.page),
        source: absolute(ctx.site, own.source),
        sha256: t.sha256,
        pdf: own.pdf === undefined ? null : absolute(ctx.site, own.pdf),
      },
    ];
  });
  return {
    number: version.number,
    effective: version.date,
    published: version.data.published ?? null,
    status: version.status,
    title: version.data.title,
    summary: version.data.summary ?? null,
    material: version.data.material,
    url: absolute(ctx.site, links.page),
    redline: links.redline === undefined ? null : absolute(ctx.site, links.redline),
    source: absolute(ctx.site, links.source),
    sha256: version.sha256,
    pdf: links.pdf === undefined ? null : absolute(ctx.site, links.pdf),
    translations,
    lists: listsEntry(ctx, brand, policy, version),
  };
}

function listsEntry(ctx: SiteContext, brand: Brand, policy: Policy, version: Version): ListsEntry | null {
  if (!hasLists(version)) return null;
  const entry = <Row>(kept: { list: { illustrative: boolean; rows: Row[] }; date: string } | undefined) =>
    kept === undefined ? null : { since: kept.date, illustrative: kept.list.illustrative, rows: kept.list.rows };
  return {
    url: absolute(ctx.site, ctx.urls.versionLists(brand, policy.id, version.date, brand.locale)),
    collected: entry(version.lists.collected),
    shared: entry(version.lists.shared),
  };
}

function policyEntry(ctx: SiteContext, brand: Brand, policy: Policy): PolicyEntry {
  const { urls, site } = ctx;
  return {
    id: policy.id,
    title: policy.title,
    url: absolute(site, urls.policy(brand, policy.id, brand.locale)),
    history: absolute(site, urls.history(brand, policy.id, brand.locale)),
    feed: absolute(site, urls.policyFeed(brand, policy.id)),
    versions: absolute(site, urls.versionsJson(brand, policy.id)),
    current: policy.current?.date ?? null,
    upcoming: policy.upcoming.map((v) => v.date),
    versionCount: policy.versions.length,
  };
}

function brandEntry(ctx: SiteContext, brand: Brand): BrandEntry {
  const { urls, site } = ctx;
  return {
    id: brand.id,
    name: brand.data.name,
    legalName: brand.data.legalName,
    locale: brand.locale,
    locales: brand.locales,
    url: absolute(site, urls.brand(brand, brand.locale)),
    feed: absolute(site, urls.brandFeed(brand)),
    index: absolute(site, urls.brandIndex(brand)),
    policies: brand.policies.map((p) => policyEntry(ctx, brand, p)),
  };
}

export function brandIndexFile(ctx: SiteContext, brand: Brand): BrandIndexFile {
  return { kind: 'brand', asOf: ctx.catalog.now, ...brandEntry(ctx, brand) };
}

export function siteIndexFile(ctx: SiteContext): SiteIndexFile {
  return {
    kind: 'site',
    asOf: ctx.catalog.now,
    url: absolute(ctx.site, ctx.urls.home(ctx.catalog.locale)),
    feed: absolute(ctx.site, ctx.urls.siteFeed()),
    brands: ctx.catalog.brands.map((b) => brandEntry(ctx, b)),
  };
}

/** Stable, readable JSON: two builds of the same content give the same bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
