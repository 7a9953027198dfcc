import { siteDescription, siteName, type Words } from '../model/site-texts.ts';
import { brandName } from '../model/catalog.ts';
import type { Locale } from '../../schemas/brand.ts';
import { lastChange } from '../model/changes.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { markOf, type Mark, type RecordLinks } from './common.ts';

type DirectoryPage = Extract<PageRef, { kind: 'directory' }>;

export interface DirectoryEntry {
  id: string;
  /** The language its name is written in: the page's when the brand has a name in it, else its own. */
  lang: Locale;
  /** Set when the brand has no text in the page's language: the language its policies are in. */
  onlyIn: Locale | undefined;
  name: string;
  legalName: string;
  /** The brand's center in the page's language when it offers it, otherwise in its own. */
  href: string;
  mark: Mark;
  policies: number;
  lastChanged: string | undefined;
}

/** The directory of brands. */
export interface DirectoryView {
  /** The site's name and description (site.yaml). */
  title: string;
  intro: Words;
  record: RecordLinks;
  brands: DirectoryEntry[];
}

export function directoryView(ctx: SiteContext, page: DirectoryPage): DirectoryView {
  const { urls, catalog } = ctx;
  return {
    title: siteName(catalog.site, page.locale),
    intro: siteDescription(catalog.site, page.locale),
    record: { feed: urls.siteFeed(), record: urls.siteIndex() },
    brands: catalog.brands.map((brand) => ({
      id: brand.id,
      lang: brand.data.names[page.locale] === undefined ? brand.locale : page.locale,
      onlyIn: brand.locales.includes(page.locale) ? undefined : brand.locale,
      name: brandName(brand, page.locale),
      legalName: brand.data.legalName,
      href: urls.brand(brand, brand.locales.includes(page.locale) ? page.locale : brand.locale),
      mark: markOf(ctx, brand),
      policies: brand.policies.length,
      lastChanged: lastChange(brand),
    })),
  };
}
