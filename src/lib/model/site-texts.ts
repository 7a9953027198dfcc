import type { Locale } from '../../schemas/brand.ts';
import type { Localized, SiteData } from '../../schemas/site.ts';
import { messages } from '../i18n/index.ts';

/** A text and the language it is written in, when that is not the page's. */
export interface Words {
  text: string;
  /** Set when the text is in another language than the page (for its `lang` attribute). */
  lang: Locale | undefined;
}

/**
 * A site.yaml text in a page's language: the page's own, else the site language's, else any. A
 * plain string is written in the site's language.
 */
export function wordsIn(value: Localized, locale: Locale, siteLocale: Locale): Words {
  const found: [Locale, string] | undefined =
    typeof value === 'string'
      ? [siteLocale, value]
      : (([locale, siteLocale].map((l) => [l, value[l]]).find((e) => e[1] !== undefined) as
          [Locale, string] | undefined) ?? (Object.entries(value)[0] as [Locale, string] | undefined));
  if (found === undefined) return { text: '', lang: undefined };
  return { text: found[1], lang: found[0] === locale ? undefined : found[0] };
}

/** The site's name on a page: site.yaml's `name` (see wordsIn), else the interface's word for it. */
export function siteName(site: SiteData, locale: Locale): string {
  return site.name === undefined ? messages(locale).siteName : wordsIn(site.name, locale, site.locale).text;
}

/** The sentence under the directory's heading, also its meta description. */
export function siteDescription(site: SiteData, locale: Locale): Words {
  return site.description === undefined
    ? { text: messages(locale).directoryIntro, lang: undefined }
    : wordsIn(site.description, locale, site.locale);
}

/** The banner every page shows, when site.yaml sets one. */
export function siteNotice(site: SiteData, locale: Locale): Words | undefined {
  return site.notice === undefined ? undefined : wordsIn(site.notice, locale, site.locale);
}

/** The site's footer links in a page's language. */
export function siteFooterLinks(
  site: SiteData,
  locale: Locale,
): { href: string; label: string; lang: Locale | undefined }[] {
  return site.footer.map((link) => {
    const words = wordsIn(link.label, locale, site.locale);
    return { href: link.href, label: words.text, lang: words.lang };
  });
}

/** The directory's order: the brands site.yaml lists, in its order, then the others as they came. */
export function orderBrands<B extends { id: string }>(brands: B[], order: readonly string[]): B[] {
  const rank = (b: B) => {
    const i = order.indexOf(b.id);
    return i === -1 ? order.length : i;
  };
  return brands
    .map((b, i) => ({ b, i }))
    .sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i)
    .map((e) => e.b);
}
