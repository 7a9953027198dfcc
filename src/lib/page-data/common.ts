import type { Locale } from '../../schemas/brand.ts';
import { messages } from '../i18n/index.ts';
import { logoFile } from '../model/assets.ts';
import {
  policyTitle,
  textIn,
  type Brand,
  type Policy,
  type Status,
  type Version,
  brandName,
} from '../model/catalog.ts';
import type { SiteContext } from '../routes/site-context.ts';

/** A link as a page shows it. */
export interface Link {
  href: string;
  label: string;
}

/** A brand's logo, or the first letter of its name when it has none. */
export interface Mark {
  logo: string | undefined;
  initial: string;
}

/** A version as lists show it (brand center, history): enough to read, date and link it. */
export interface VersionItem {
  date: string;
  status: Status;
  /** The next version's effective date, when there is one: the status follows the visitor's day. */
  until: string | undefined;
  number: number;
  material: boolean;
  published: string | undefined;
  title: string;
  /** What changed, in the text's language; undefined for a first version. */
  summary: string | undefined;
  /** The language of the title and summary. */
  lang: Locale;
  href: string;
}

/** The feed and JSON record a page offers for its scope. */
export interface RecordLinks {
  feed: string;
  record: string;
}

export function markOf(ctx: SiteContext, brand: Brand): Mark {
  const logo = logoFile(brand);
  return {
    logo: logo && `${ctx.urls.brand(brand, brand.locale)}${logo.name}`,
    initial: [...brand.data.name][0] ?? '',
  };
}

export function versionItem(
  ctx: SiteContext,
  brand: Brand,
  policy: Policy,
  version: Version,
  locale: Locale,
): VersionItem {
  const text = textIn(version, locale);
  return {
    date: version.date,
    status: version.status,
    until: version.next?.date,
    number: version.number,
    material: version.data.material,
    published: version.data.published,
    title: text.data.title,
    summary: text.data.summary,
    lang: text.locale,
    href: ctx.urls.version(brand, policy.id, version.date, locale),
  };
}

/** Brand › policy (› history, on the pages below it). */
export function policyBreadcrumbs(
  ctx: SiteContext,
  brand: Brand,
  policy: Policy,
  locale: Locale,
  withHistory = false,
): Link[] {
  const t = messages(locale);
  return [
    { href: ctx.urls.brand(brand, locale), label: brandName(brand, locale) },
    { href: ctx.urls.policy(brand, policy.id, locale), label: policyTitle(policy, locale) },
    ...(withHistory ? [{ href: ctx.urls.history(brand, policy.id, locale), label: t.history }] : []),
  ];
}

export function policyRecord(ctx: SiteContext, brand: Brand, policy: Policy): RecordLinks {
  return { feed: ctx.urls.policyFeed(brand, policy.id), record: ctx.urls.versionsJson(brand, policy.id) };
}
