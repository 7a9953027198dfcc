import { siteName } from '../model/site-texts.ts';
import { messages } from '../i18n/index.ts';
import type { Locale } from '../../schemas/brand.ts';
import { recentChanges, upcomingChanges } from '../model/changes.ts';
import { textIn, type Brand, brandName } from '../model/catalog.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { markOf, versionItem, type Mark, type RecordLinks, type VersionItem } from './common.ts';

type BrandPage = Extract<PageRef, { kind: 'brand' }>;

export interface PolicyCard {
  title: string;
  href: string;
  history: string;
  versions: number;
  /** The version in force; undefined while every version is upcoming. */
  current: { date: string; number: number } | undefined;
}

export interface ContactRow {
  label: string;
  value: string;
  href: string | undefined;
}

/** A brand's privacy center. */
export interface BrandView {
  name: string;
  /** The brand's name and the site's: 贝业 隐私中心. */
  heading: string;
  legalName: string;
  mark: Mark;
  record: RecordLinks;
  upcoming: VersionItem[];
  policies: PolicyCard[];
  recent: VersionItem[];
  contact: ContactRow[];
  /** Whether any row is a way to reach the brand (mail, phone, address, website), not only its name. */
  reachable: boolean;
}

export function brandView(ctx: SiteContext, page: BrandPage): BrandView {
  const { brand, locale } = page;
  const { urls } = ctx;
  const item = ({ policy, version }: ReturnType<typeof recentChanges>[number]) =>
    versionItem(ctx, brand, policy, version, locale);
  return {
    name: brandName(brand, locale),
    heading: `${brandName(brand, locale)} ${siteName(ctx.catalog.site, locale)}`,
    legalName: brand.data.legalName,
    mark: markOf(ctx, brand),
    record: { feed: urls.brandFeed(brand), record: urls.brandIndex(brand) },
    upcoming: upcomingChanges(brand).map(item),
    policies: brand.policies.map((policy) => {
      const shown = policy.current ?? policy.upcoming[0];
      return {
        title: shown ? textIn(shown, locale).data.title : policy.title,
        href: urls.policy(brand, policy.id, locale),
        history: urls.history(brand, policy.id, locale),
        versions: policy.versions.length,
        current: policy.current && { date: policy.current.date, number: policy.current.number },
      };
    }),
    recent: recentChanges(brand).map(item),
    contact: contactRows(brand, locale),
    reachable: [
      brand.data.contact.email,
      brand.data.contact.phone,
      brand.data.contact.address,
      brand.data.website,
    ].some((way) => way !== undefined),
  };
}

/** How to reach the brand, in the order a visitor looks for it. */
function contactRows(brand: Brand, locale: Locale): ContactRow[] {
  const t = messages(locale);
  const c = brand.data.contact;
  const rows = [
    { label: t.legalName, value: brand.data.legalName, href: undefined },
    { label: t.email, value: c.email, href: c.email && `mailto:${c.email}` },
    { label: t.phone, value: c.phone, href: c.phone && `tel:${c.phone.replace(/[^\d+]/g, '')}` },
    { label: t.address, value: c.address, href: undefined },
    { label: t.dpo, value: c.dpo, href: undefined },
    { label: t.responseTime, value: c.responseTime, href: undefined },
    { label: t.website, value: brand.data.website, href: brand.data.website },
  ];
  return rows.filter((r): r is ContactRow => r.value !== undefined);
}
