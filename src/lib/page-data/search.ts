import { brandName } from '../model/catalog.ts';
import { messages } from '../i18n/index.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyChoices } from '../search/record.ts';
import { searchSources, type SearchSources } from '../search/current.ts';

type SearchPage = Extract<PageRef, { kind: 'search' }>;

/** A search page: across all brands, or one brand's by default. */
export interface SearchView extends SearchSources {
  title: string;
  /** The brand searched by default, '' for all. */
  scope: string;
  /** The brands the page can filter by, each with its center (for the no-JavaScript list). */
  brands: { id: string; name: string; href: string }[];
  policies: { title: string; brands: string[] }[];
}

export function searchView(ctx: SiteContext, page: SearchPage): SearchView {
  const t = messages(page.locale);
  // Every bundle holds every language, so a search page filters by every brand (src/lib/build/search-bundles.ts);
  // a brand's center is linked in the page's language where it has one.
  const brands = ctx.catalog.brands;
  return {
    title: page.brand ? t.searchIn(brandName(page.brand, page.locale)) : t.searchTitle,
    scope: page.brand?.id ?? '',
    brands: brands.map((b) => ({
      id: b.id,
      name: b.data.name,
      label: brandName(b, page.locale),
      href: ctx.urls.brand(b, b.locales.includes(page.locale) ? page.locale : b.locale),
    })),
    policies: policyChoices(brands, page.locale),
    ...searchSources(ctx.catalog, page.brand?.id),
  };
}
