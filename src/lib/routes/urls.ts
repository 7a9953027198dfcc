import { localeSchema, type Locale } from '../../schemas/brand.ts';
import { SEARCH_SEGMENT } from '../search/files.ts';

/** Folders the build writes beside the pages: Astro's bundled assets and the search index. */
const ASSET_FOLDERS = ['_astro', 'pagefind'];

/** The folder of the versions in Open Terms Archive's layout (src/lib/record/ota.ts). */
export const OTA_SEGMENT = 'open-terms-archive';
const SEARCH = SEARCH_SEGMENT;

/**
 * Path segments the site uses at the top of its URL space and of each brand's (where a
 * single-brand build puts policies): a brand or policy may not take one, or its pages would
 * replace the site's own. Locales are lower-cased because some hosts ignore case.
 */
export const reservedSegments: ReadonlySet<string> = new Set([
  SEARCH,
  ...ASSET_FOLDERS,
  OTA_SEGMENT,
  ...localeSchema.options.map((l) => l.toLowerCase()),
]);

/** The site's icon when site.yaml names none: a file of public/. */
export const DEFAULT_ICON = { href: '/favicon.svg', type: 'image/svg+xml' };

/** Where the content's own icon (site.yaml's `icon`) is served: beside the default one, named by its type. */
export const siteIconPath = (extension: string) => `/site-icon${extension.toLowerCase()}`;

/** The script that applies a chosen theme before the first paint: a file of public/, the same on every site. */
export const THEME_SCRIPT = '/theme.js';

/** Where the brands sit in the URL space: all brands under /<brand>/, or one brand mounted at /. */
export interface Mount {
  /** Set for a single-brand build: that brand is served at `/`. */
  brand: string | undefined;
}

/** Where one brand's pages live: its id and the locale its pages use without a prefix. */
export interface BrandRef {
  id: string;
  locale: Locale;
}

/**
 * Every URL of the site, in one place. Paths start and end with `/` (pages) or end in a file name.
 * Pages in a locale other than the brand's own get a `/<locale>` prefix.
 */
export function makeUrls(mount: Mount, siteLocale: Locale) {
  const brandBase = (brand: BrandRef, locale: Locale) => {
    const prefix = locale === brand.locale ? '' : `/${locale}`;
    return mount.brand === undefined ? `${prefix}/${brand.id}/` : `${prefix}/`;
  };
  const policyBase = (brand: BrandRef, policy: string, locale: Locale) => `${brandBase(brand, locale)}${policy}/`;
  return {
    home: (locale: Locale) => (locale === siteLocale ? '/' : `/${locale}/`),
    brand: brandBase,
    policy: policyBase,
    version: (brand: BrandRef, policy: string, date: string, locale: Locale) =>
      `${policyBase(brand, policy, locale)}${date}/`,
    /** A version's lists of collected information and of third parties (src/schemas/lists.ts). */
    versionLists: (brand: BrandRef, policy: string, date: string, locale: Locale) =>
      `${policyBase(brand, policy, locale)}${date}/lists/`,
    history: (brand: BrandRef, policy: string, locale: Locale) => `${policyBase(brand, policy, locale)}history/`,
    /** The terms a policy defines (src/lib/policy/glossary.ts), with when each was defined and changed. */
    glossary: (brand: BrandRef, policy: string, locale: Locale) => `${policyBase(brand, policy, locale)}glossary/`,
    changes: (brand: BrandRef, policy: string, from: string, to: string, locale: Locale) =>
      `${policyBase(brand, policy, locale)}changes/${from}...${to}/`,
    compare: (brand: BrandRef, policy: string, locale: Locale) => `${policyBase(brand, policy, locale)}compare/`,
    brandSearch: (brand: BrandRef, locale: Locale) => `${brandBase(brand, locale)}${SEARCH}/`,
    search: (locale: Locale) => `${locale === siteLocale ? '' : `/${locale}`}/${SEARCH}/`,
    source: (brand: BrandRef, policy: string, date: string, locale: Locale) =>
      `${policyBase(brand, policy, brand.locale)}${date}/source${locale === brand.locale ? '' : `.${locale}`}.mdx`,
    /** The compare page's stylesheet for this policy's dates, which drives it without JavaScript. */
    compareSteps: (brand: BrandRef, policy: string) => `${policyBase(brand, policy, brand.locale)}compare/steps.css`,
    /** A version's text as diff blocks, for the compare page's in-browser redline. */
    blocks: (brand: BrandRef, policy: string, date: string, textLocale: Locale) =>
      `${policyBase(brand, policy, brand.locale)}${date}/blocks${textLocale === brand.locale ? '' : `.${textLocale}`}.json`,
    /** A version's text, printed: beside the version's page, in the page's language. */
    versionPdf: (brand: BrandRef, policy: string, date: string, locale: Locale) =>
      `${policyBase(brand, policy, locale)}${date}/${brand.id}-${policy}-${date}${locale === brand.locale ? '' : `.${locale}`}.pdf`,
    /** A redline, printed: beside the redline's page. */
    changesPdf: (brand: BrandRef, policy: string, from: string, to: string, locale: Locale) =>
      `${policyBase(brand, policy, locale)}changes/${from}...${to}/${brand.id}-${policy}-${from}-${to}${locale === brand.locale ? '' : `.${locale}`}.pdf`,
    brandFeed: (brand: BrandRef) => `${brandBase(brand, brand.locale)}feed.xml`,
    policyFeed: (brand: BrandRef, policy: string) => `${policyBase(brand, policy, brand.locale)}feed.xml`,
    versionsJson: (brand: BrandRef, policy: string) => `${policyBase(brand, policy, brand.locale)}versions.json`,
    brandIndex: (brand: BrandRef) => `${brandBase(brand, brand.locale)}index.json`,
    /** The all-brands build's feed and index; a single-brand build serves the brand's at the same place. */
    siteFeed: () => '/feed.xml',
    siteIndex: () => '/index.json',
  };
}

export type Urls = ReturnType<typeof makeUrls>;
