import type { Locale } from '../../schemas/brand.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { policyTitle } from '../model/catalog.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyBreadcrumbs, type Link } from './common.ts';

type ComparePage = Extract<PageRef, { kind: 'compare' }>;

/** A version in the compare page's choosers, with where its blocks are. */
export interface CompareOption {
  date: string;
  label: string;
  /** Blocks of the original text, and of the page's language when the version is translated. */
  original: string;
  translated: string | undefined;
}

export interface CompareView {
  breadcrumbs: Link[];
  title: string;
  locale: Locale;
  originalLocale: Locale;
  /** Newest first. */
  options: CompareOption[];
  /** Chosen at first: the previous and the current (or latest) version. */
  from: string | undefined;
  to: string | undefined;
  /** The static redlines of consecutive versions, oldest first: step i leads from version i to i + 1. */
  pairs: (Link & { intro: string })[];
}

export function compareView(ctx: SiteContext, page: ComparePage): CompareView {
  const { brand, policy, locale } = page;
  const { urls } = ctx;
  const t = messages(locale);
  return {
    breadcrumbs: policyBreadcrumbs(ctx, brand, policy, locale, true),
    title: t.compareTitle(policyTitle(policy, locale)),
    locale,
    originalLocale: brand.locale,
    options: [...policy.versions].reverse().map((v) => ({
      date: v.date,
      label: `${formatDate(v.date, locale)} · ${t.versionBadge(v.number)} · ${t.status[v.status]}`,
      original: urls.blocks(brand, policy.id, v.date, v.locale),
      translated: v.translations[locale] ? urls.blocks(brand, policy.id, v.date, locale) : undefined,
    })),
    from: policy.versions.at(-2)?.date,
    to: (policy.current ?? policy.versions.at(-1))?.date,
    pairs: policy.pairs.map((pair) => {
      const [from, to] = [formatDate(pair.from.date, locale), formatDate(pair.to.date, locale)];
      return {
        href: urls.changes(brand, policy.id, pair.from.date, pair.to.date, locale),
        label: t.changesHeading(from, to),
        intro: t.compareConsecutive(from, to),
      };
    }),
  };
}
