import type { Locale } from '../../schemas/brand.ts';
import type { Brand, Catalog, Policy, Version } from '../model/catalog.ts';
import type { VersionRecord } from '../content/read.ts';
import { makeUrls, type Mount, type Urls } from './urls.ts';

/** The same page in another language, for the language switcher and hreflang. */
export interface Alternate {
  locale: Locale;
  href: string;
}

interface Base {
  /** URL path of the page, starting and ending with `/`. */
  path: string;
  locale: Locale;
  alternates: Alternate[];
}

export type Page = Base &
  (
    | { kind: 'directory'; brands: Brand[] }
    | { kind: 'brand'; brand: Brand }
    | {
        kind: 'version';
        brand: Brand;
        policy: Policy;
        version: Version;
        /** The file whose text the page shows: the translation in `locale` when there is one. */
        text: VersionRecord;
        /** True on `/<brand>/<policy>/`, the canonical address of whichever version is current. */
        isCurrentPage: boolean;
      }
    | { kind: 'pending'; brand: Brand; policy: Policy }
    | { kind: 'history'; brand: Brand; policy: Policy }
    /** Full-text search; `brand` is the brand searched by default, `brands` those the page can filter by. */
    | { kind: 'search'; brand?: Brand; brands: Brand[] }
    | {
        kind: 'changes';
        brand: Brand;
        policy: Policy;
        from: Version;
        to: Version;
        /** The texts compared: translations in `locale` when both versions have one, else the originals. */
        texts: [VersionRecord, VersionRecord];
      }
    | { kind: 'compare'; brand: Brand; policy: Policy }
  );

export const SITE_LOCALE: Locale = 'zh-CN';

export function brandLocales(brand: Brand): Locale[] {
  return [brand.data.locale, ...brand.data.locales.filter((l) => l !== brand.data.locale)];
}

export const brandRef = (brand: Brand) => ({ id: brand.id, locale: brand.data.locale });

/** Every HTML page of the site, with what it shows. Feeds and JSON files are listed elsewhere. */
export function sitePages(catalog: Catalog, mount: Mount): Page[] {
  const urls = makeUrls(mount);
  const pages: Page[] = [];
  if (mount.brand === undefined) {
    const locales = [...new Set([SITE_LOCALE, ...catalog.brands.flatMap(brandLocales)])];
    const alternates = locales.map((locale) => ({ locale, href: urls.home(locale, SITE_LOCALE) }));
    for (const locale of locales)
      pages.push({
        kind: 'directory',
        path: urls.home(locale, SITE_LOCALE),
        locale,
        alternates,
        brands: catalog.brands,
      });
    const searchAlternates = locales.map((locale) => ({ locale, href: urls.search(locale, SITE_LOCALE) }));
    for (const locale of locales) {
      pages.push({
        kind: 'search',
        path: urls.search(locale, SITE_LOCALE),
        locale,
        alternates: searchAlternates,
        brands: brandsIn(catalog, locale),
      });
    }
  }
  for (const brand of catalog.brands) {
    const locales = brandLocales(brand);
    const each = (
      make: (locale: Locale) => string,
      page: (locale: Locale, path: string, alternates: Alternate[]) => Page | undefined,
    ) => {
      const alternates = locales.map((locale) => ({ locale, href: make(locale) }));
      for (const locale of locales) {
        const p = page(locale, make(locale), alternates);
        if (p) pages.push(p);
      }
    };
    const ref = brandRef(brand);
    each(
      (l) => urls.brand(ref, l),
      (locale, path, alternates) => ({ kind: 'brand', path, locale, alternates, brand }),
    );
    each(
      (l) => urls.brandSearch(ref, l),
      (locale, path, alternates) => ({
        kind: 'search',
        path,
        locale,
        alternates,
        brand,
        brands: brandsIn(catalog, locale),
      }),
    );
    for (const policy of brand.policies) {
      each(
        (l) => urls.history(ref, policy.id, l),
        (locale, path, alternates) => ({ kind: 'history', path, locale, alternates, brand, policy }),
      );
      each(
        (l) => urls.policy(ref, policy.id, l),
        (locale, path, alternates) =>
          policy.current
            ? versionPage(policy.current, locale, path, alternates, brand, policy, true)
            : { kind: 'pending', path, locale, alternates, brand, policy },
      );
      each(
        (l) => urls.compare(ref, policy.id, l),
        (locale, path, alternates) => ({ kind: 'compare', path, locale, alternates, brand, policy }),
      );
      policy.versions.slice(1).forEach((to, i) => {
        const from = policy.versions[i]!;
        each(
          (l) => urls.changes(ref, policy.id, from.date, to.date, l),
          (locale, path, alternates) => ({
            kind: 'changes',
            path,
            locale,
            alternates,
            brand,
            policy,
            from,
            to,
            texts: comparedTexts(from, to, locale),
          }),
        );
      });
      for (const version of policy.versions) {
        each(
          (l) => urls.version(ref, policy.id, version.date, l),
          (locale, path, alternates) => versionPage(version, locale, path, alternates, brand, policy, false),
        );
      }
    }
  }
  return pages;
}

/** The brands with pages in `locale`: the ones a search in that language can find. */
function brandsIn(catalog: Catalog, locale: Locale): Brand[] {
  return catalog.brands.filter((brand) => brandLocales(brand).includes(locale));
}

function versionPage(
  version: Version,
  locale: Locale,
  path: string,
  alternates: Alternate[],
  brand: Brand,
  policy: Policy,
  isCurrentPage: boolean,
): Page {
  const text = version.translations[locale] ?? version;
  return { kind: 'version', path, locale, alternates, brand, policy, version, text, isCurrentPage };
}

/** Both versions in `locale` when both are translated, otherwise both originals: never a mix. */
export function comparedTexts(from: Version, to: Version, locale: Locale): [VersionRecord, VersionRecord] {
  const a = from.translations[locale];
  const b = to.translations[locale];
  return a && b ? [a, b] : [from, to];
}

export type { Urls };
