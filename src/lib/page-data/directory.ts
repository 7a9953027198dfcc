import { lastChange } from '../model/changes.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { markOf, type Mark, type RecordLinks } from './common.ts';

type DirectoryPage = Extract<PageRef, { kind: 'directory' }>;

export interface DirectoryEntry {
  id: string;
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
  record: RecordLinks;
  brands: DirectoryEntry[];
}

export function directoryView(ctx: SiteContext, page: DirectoryPage): DirectoryView {
  const { urls, catalog } = ctx;
  return {
    record: { feed: urls.siteFeed(), record: urls.siteIndex() },
    brands: catalog.brands.map((brand) => ({
      id: brand.id,
      name: brand.data.name,
      legalName: brand.data.legalName,
      href: urls.brand(brand, brand.locales.includes(page.locale) ? page.locale : brand.locale),
      mark: markOf(ctx, brand),
      policies: brand.policies.length,
      lastChanged: lastChange(brand),
    })),
  };
}
