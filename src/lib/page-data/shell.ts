import type { Locale } from '../../schemas/brand.ts';
import { messages } from '../i18n/index.ts';
import type { Brand } from '../model/catalog.ts';
import { brandName } from '../model/catalog.ts';
import { siteIcon } from '../model/assets.ts';
import { siteFooterLinks, siteName, siteNotice, type Words } from '../model/site-texts.ts';
import { pageFeeds, type FeedLink } from '../routes/page-feeds.ts';
import type { Alternate, PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { markOf, type Link, type Mark } from './common.ts';
import { unkeyed, type Keyed } from './keyed.ts';
import { searchSources, type SearchSources } from '../search/current.ts';

/** The header search box: a GET form to the search page that the search script enhances. */
export interface SearchBoxData extends SearchSources {
  action: string;
  /** The brand searched by default, '' for all. */
  scope: string;
  /** Whether the box offers to widen a brand's search to every brand: on a brand's pages in a group. */
  widen: boolean;
  names: Record<string, string>;
}

export interface HeaderData {
  home: string;
  name: string;
  /** "Privacy Center" after a brand's name. */
  subtitle: string | undefined;
  mark: Mark | undefined;
  /** The all-brands directory, from a brand's pages in an all-brands build. */
  allBrands: string | undefined;
  alternates: Alternate[];
  /** Undefined on the search page, which has its own form. */
  search: SearchBoxData | undefined;
}

export interface FooterData {
  legalName: string | undefined;
  /** The brand's links, then the site's (site.yaml's `footer`). */
  links: (Link & { lang?: Locale | undefined })[];
  /** Whether to say "Built with Privacy Center" (site.yaml's `credit`). */
  credit: boolean;
  /**
   * The day the page was made (statuses on the page follow the visitor's day). Left out of the page's
   * key, so a daily rebuild keeps a page whose content and statuses did not change, with its day.
   */
  builtOn: Keyed<string>;
}

/** What the page layout shows around a page: head tags, header and footer. */
export interface Shell {
  locale: Locale;
  /** The whole <title>. */
  title: string;
  description: string | undefined;
  /** Absolute URLs. */
  canonical: string;
  alternates: Alternate[];
  feeds: FeedLink[];
  noindex: boolean;
  /** Stylesheets of this page alone, after the site's. */
  stylesheets: string[];
  brandId: string | undefined;
  /** The banner every page shows, when site.yaml sets one. */
  notice: Words | undefined;
  /** The icon in browser tabs. */
  icon: { href: string; type: string };
  header: HeaderData;
  footer: FooterData;
}

/** What the shell needs of a page: any page of the list, or the 404 page, which is not one. */
type ShellPage = Pick<PageRef, 'path' | 'locale' | 'alternates'> & {
  kind: PageRef['kind'] | 'not-found';
  brand?: Brand;
};

export function shellOf(
  ctx: SiteContext,
  page: ShellPage,
  title: string,
  extra: { description?: string; noindex?: boolean; stylesheets?: string[] } = {},
): Shell {
  const brand = page.brand;
  const name = siteName(ctx.catalog.site, page.locale);
  const siteTitle = brand ? `${brandName(brand, page.locale)} · ${name}` : name;
  const absolute = (path: string) => new URL(path, ctx.site).href;
  return {
    locale: page.locale,
    title: title === siteTitle ? title : `${title} | ${siteTitle}`,
    description: extra.description,
    canonical: absolute(page.path),
    alternates: page.alternates.length > 1 ? page.alternates : [],
    feeds: pageFeeds(ctx, page),
    noindex: extra.noindex ?? false,
    stylesheets: extra.stylesheets ?? [],
    brandId: brand?.id,
    notice: siteNotice(ctx.catalog.site, page.locale),
    icon: siteIcon(ctx.catalog),
    header: header(ctx, page, brand),
    footer: footer(ctx, brand, page.locale),
  };
}

function header(ctx: SiteContext, page: ShellPage, brand: Brand | undefined): HeaderData {
  const { urls } = ctx;
  const name = siteName(ctx.catalog.site, page.locale);
  const action = brand ? urls.brandSearch(brand, page.locale) : urls.search(page.locale);
  return {
    home: brand ? urls.brand(brand, page.locale) : urls.home(page.locale),
    name: brand ? brandName(brand, page.locale) : name,
    subtitle: brand ? name : undefined,
    mark: brand && markOf(ctx, brand),
    allBrands: brand && ctx.mount.brand === undefined ? urls.home(page.locale) : undefined,
    alternates: page.alternates,
    search:
      page.kind === 'search'
        ? undefined
        : {
            action,
            scope: brand?.id ?? '',
            widen: brand !== undefined && ctx.catalog.brands.length > 1,
            names: brand ? { [brand.id]: brandName(brand, page.locale) } : {},
            ...searchSources(ctx.catalog, brand?.id),
          },
  };
}

function footer(ctx: SiteContext, brand: Brand | undefined, locale: Locale): FooterData {
  const t = messages(locale);
  const site = ctx.catalog.site;
  const brandLinks = brand
    ? [
        { href: brand.data.links.terms, label: t.footerTerms },
        { href: brand.data.links.cookies, label: t.footerCookies },
        { href: brand.data.links.dataRequest, label: t.footerDataRequest },
        { href: brand.data.website, label: t.website },
      ].filter((l): l is Link => l.href !== undefined)
    : [];
  return {
    legalName: brand?.data.legalName,
    links: [...brandLinks, ...siteFooterLinks(site, locale)],
    credit: site.credit,
    builtOn: unkeyed(ctx.catalog.now),
  };
}

/** The 404 page's shell: in the mounted brand's language and colours, or the site's. */
/** The languages the 404 page speaks, the page's own first, each with the home page in it. */
export function notFoundLanguages(ctx: SiteContext): { locale: Locale; home: string }[] {
  const brand = ctx.mount.brand === undefined ? undefined : ctx.catalog.brands[0];
  const first = brand?.locale ?? ctx.catalog.locale;
  const locales = [first, ...new Set(ctx.catalog.brands.flatMap((b) => [b.locale, ...b.locales]))].filter(
    (locale, i, all) => all.indexOf(locale) === i,
  );
  return locales.map((locale) => ({ locale, home: brand ? ctx.urls.brand(brand, locale) : ctx.urls.home(locale) }));
}

export function notFoundShell(ctx: SiteContext): Shell {
  const brand = ctx.mount.brand === undefined ? undefined : ctx.catalog.brands[0];
  const locale = brand?.locale ?? ctx.catalog.locale;
  const page = { kind: 'not-found' as const, path: '/404.html', locale, alternates: [], ...(brand && { brand }) };
  return shellOf(ctx, page, messages(locale).notFoundTitle, { noindex: true });
}
