import type { Locale } from '../../schemas/brand.ts';
import { textIn, type Brand, type Pair, type Policy, type Version } from '../model/catalog.ts';
import type { SiteContext } from './site-context.ts';

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
  /** Whether the search index holds this page (src/integrations/pagefind.ts indexes exactly these). */
  indexed: boolean;
}

/** Every HTML page of the site, as what it shows; src/lib/page-data turns each into what it renders. */
export type PageRef = Base &
  (
    | { kind: 'directory' }
    | { kind: 'brand'; brand: Brand }
    | {
        kind: 'version';
        brand: Brand;
        policy: Policy;
        version: Version;
        /** True on `/<brand>/<policy>/`, the canonical address of whichever version is current. */
        isCurrentPage: boolean;
      }
    | { kind: 'pending'; brand: Brand; policy: Policy }
    | { kind: 'history'; brand: Brand; policy: Policy }
    /** The terms a policy's texts define, for a policy that defines any. */
    | { kind: 'glossary'; brand: Brand; policy: Policy }
    /** Full-text search; `brand` is the brand searched by default. */
    | { kind: 'search'; brand?: Brand }
    | { kind: 'changes'; brand: Brand; policy: Policy; pair: Pair }
    | { kind: 'compare'; brand: Brand; policy: Policy }
    /** The lists in force with a version (src/schemas/lists.ts), for a version that has any. */
    | { kind: 'lists'; brand: Brand; policy: Policy; version: Version }
  );

/** The file a page is written to in the built site, relative to its root (Astro's `directory` format). */
export const pageFile = (path: string): string => `${path.slice(1)}index.html`;

/**
 * Which pages exist, in one place: the route renders exactly these, the search index holds the ones
 * marked `indexed`, and lint checks links against them. `read` names the brands whose texts the build
 * reads (a shard's, src/lib/build/shard.ts), every brand without it: whether a policy has a glossary
 * page only its texts tell, so the other brands' pages are listed without theirs.
 */
export function sitePages(ctx: SiteContext, read?: ReadonlySet<string>): PageRef[] {
  const { catalog, mount, urls } = ctx;
  const pages: PageRef[] = [];
  if (mount.brand === undefined) {
    const locales = [...new Set([catalog.locale, ...catalog.brands.flatMap((b) => b.locales)])];
    const group = (make: (locale: Locale) => string, page: (locale: Locale, path: string) => PageRef) => {
      const alternates = locales.map((locale) => ({ locale, href: make(locale) }));
      for (const locale of locales) pages.push({ ...page(locale, make(locale)), alternates });
    };
    group(urls.home, (locale, path) => ({ kind: 'directory', path, locale, alternates: [], indexed: false }));
    group(urls.search, (locale, path) => ({ kind: 'search', path, locale, alternates: [], indexed: false }));
  }
  for (const brand of catalog.brands) {
    const each = (make: (locale: Locale) => string, page: (locale: Locale, path: string) => PageRef | undefined) => {
      const alternates = brand.locales.map((locale) => ({ locale, href: make(locale) }));
      for (const locale of brand.locales) {
        const p = page(locale, make(locale));
        if (p) pages.push({ ...p, alternates });
      }
    };
    const base = { alternates: [], indexed: false };
    each(
      (l) => urls.brand(brand, l),
      (locale, path) => ({ ...base, kind: 'brand', path, locale, brand }),
    );
    each(
      (l) => urls.brandSearch(brand, l),
      (locale, path) => ({ ...base, kind: 'search', path, locale, brand }),
    );
    for (const policy of brand.policies) {
      each(
        (l) => urls.history(brand, policy.id, l),
        (locale, path) => ({ ...base, kind: 'history', path, locale, brand, policy }),
      );
      if ((read === undefined || read.has(brand.id)) && definesTerms(policy))
        each(
          (l) => urls.glossary(brand, policy.id, l),
          (locale, path) => ({ ...base, kind: 'glossary', path, locale, brand, policy }),
        );
      each(
        (l) => urls.policy(brand, policy.id, l),
        (locale, path) =>
          policy.current
            ? versionPage(brand, policy, policy.current, locale, path, true)
            : { ...base, kind: 'pending', path, locale, brand, policy },
      );
      each(
        (l) => urls.compare(brand, policy.id, l),
        (locale, path) => ({ ...base, kind: 'compare', path, locale, brand, policy }),
      );
      for (const pair of policy.pairs) {
        each(
          (l) => urls.changes(brand, policy.id, pair.from.date, pair.to.date, l),
          (locale, path) => ({ ...base, kind: 'changes', path, locale, brand, policy, pair }),
        );
      }
      for (const version of policy.versions) {
        each(
          (l) => urls.version(brand, policy.id, version.date, l),
          (locale, path) => versionPage(brand, policy, version, locale, path, false),
        );
        if (hasLists(version))
          each(
            (l) => urls.versionLists(brand, policy.id, version.date, l),
            (locale, path) => ({ ...base, kind: 'lists', path, locale, brand, policy, version }),
          );
      }
    }
  }
  return pages;
}

/**
 * A version page. Only permanent URLs in the text's own language are indexed: the current version is
 * rendered twice (at `/<brand>/<policy>/` and at its permanent URL), and a page that falls back to
 * the original for want of a translation would repeat the original's entry in another language.
 */
function versionPage(
  brand: Brand,
  policy: Policy,
  version: Version,
  locale: Locale,
  path: string,
  isCurrentPage: boolean,
): PageRef {
  const indexed = !isCurrentPage && textIn(version, locale).locale === locale;
  return { kind: 'version', path, locale, alternates: [], indexed, brand, policy, version, isCurrentPage };
}

/** Whether a version has lists in force: its own, or an earlier version's. */
export const hasLists = (version: Version): boolean =>
  version.lists.collected !== undefined || version.lists.shared !== undefined;

/** Whether any text of a policy, original or translation, defines terms (src/lib/policy/glossary.ts). */
export const definesTerms = (policy: Policy): boolean =>
  policy.versions.some((v) => [v, ...Object.values(v.translations)].some((text) => (text?.text.terms.length ?? 0) > 0));
