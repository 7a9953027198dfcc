import { DEFAULT_SITE, type SiteData } from '../../schemas/site.ts';
import { orderBrands } from './site-texts.ts';
import type { BrandData, Locale } from '../../schemas/brand.ts';
import type { VersionLists } from '../../schemas/lists.ts';
import type { BrandRecord, ListRecord, VersionRecord } from '../content/read.ts';
import { comparedPair } from '../diff/compared.ts';
import { statusOn } from '../live/status.ts';

/**
 * Status of a version against the build's "now":
 * - current: the latest version whose effective date is on or before now;
 * - archived: an earlier version, superseded by the current one;
 * - upcoming: effective after now (announced, not yet in force).
 */
export type Status = 'current' | 'archived' | 'upcoming';

export interface Version extends VersionRecord {
  status: Status;
  /** Position in the policy's history, 1 for the first version. */
  number: number;
  /** Translations of this version, by locale. */
  translations: Partial<Record<Locale, VersionRecord>>;
  /** The lists in force with this version (src/schemas/lists.ts): its own, or an earlier version's. */
  lists: VersionLists;
  /** The version before and after this one in the policy's history. */
  previous: Version | undefined;
  next: Version | undefined;
}

/** Two consecutive versions: the pairs that get a static redline page. */
export interface Pair {
  from: Version;
  to: Version;
}

export interface Policy {
  id: string;
  brand: string;
  /** Title of the version that is current (or of the first upcoming one when none is in force yet). */
  title: string;
  /** Oldest first. */
  versions: Version[];
  /** Consecutive versions, oldest pair first. */
  pairs: Pair[];
  /** The version in force; undefined while every version is still upcoming. */
  current: Version | undefined;
  /** Announced versions not in force yet, soonest first. */
  upcoming: Version[];
}

export interface Brand {
  id: string;
  /** The language of the brand's original texts; its pages in it have no locale prefix. */
  locale: Locale;
  /** Every language the brand's pages are in, its own first. */
  locales: Locale[];
  file: string;
  data: BrandData;
  logoPath: string | undefined;
  policies: Policy[];
}

export interface Catalog {
  /** The day statuses were computed for, YYYY-MM-DD. */
  now: string;
  /** The site's own language: its directory and search pages in it have no locale prefix (site.yaml's). */
  locale: Locale;
  /** What the site says about itself (site.yaml). */
  site: SiteData;
  /** Absolute path of the icon site.yaml names, once checked. */
  siteIconPath: string | undefined;
  /** In the directory's order (site.yaml's `brands`, then by id). */
  brands: Brand[];
}

/** The one place brands, policies, versions, statuses, neighbours and pairs are worked out. */
export function buildCatalog(
  records: {
    brands: BrandRecord[];
    versions: VersionRecord[];
    lists?: ListRecord[];
    site?: SiteData;
    siteIconPath?: string | undefined;
  },
  now: string,
): Catalog {
  const site = records.site ?? DEFAULT_SITE;
  // Grouped once: a group holds thousands of policies and a hundred thousand versions.
  const versionsOf = groupBy(records.versions, (v) => `${v.brand}/${v.policy}`);
  const listsOf = groupBy(records.lists ?? [], (l) => `${l.brand}/${l.policy}`);
  const policiesOf = new Map<string, Set<string>>();
  for (const v of records.versions) {
    if (v.translation) continue;
    let ids = policiesOf.get(v.brand);
    if (ids === undefined) policiesOf.set(v.brand, (ids = new Set()));
    ids.add(v.policy);
  }
  const brands = orderBrands(records.brands, site.brands).map((b): Brand => {
    const policyIds = [...(policiesOf.get(b.id) ?? [])].sort();
    return {
      id: b.id,
      locale: b.data.locale,
      locales: [b.data.locale, ...b.data.locales.filter((l) => l !== b.data.locale)],
      file: b.file,
      data: b.data,
      logoPath: b.logoPath,
      policies: policyIds.map((id) =>
        buildPolicy(b.id, id, versionsOf.get(`${b.id}/${id}`) ?? [], listsOf.get(`${b.id}/${id}`) ?? [], now),
      ),
    };
  });
  return { now, locale: site.locale, site, siteIconPath: records.siteIconPath, brands };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let group = groups.get(k);
    if (group === undefined) groups.set(k, (group = []));
    group.push(item);
  }
  return groups;
}

/** A policy from its own versions and lists. */
function buildPolicy(brand: string, id: string, mine: VersionRecord[], lists: ListRecord[], now: string): Policy {
  const originals = mine.filter((v) => !v.translation).sort((a, b) => a.date.localeCompare(b.date));
  const translated = groupBy(
    mine.filter((v) => v.translation),
    (t) => t.date,
  );
  let inForce: VersionLists = {};
  const versions = originals.map((v, i): Version => {
    const translations: Partial<Record<Locale, VersionRecord>> = {};
    for (const t of translated.get(v.date) ?? []) translations[t.locale] = t;
    const status = statusOn(now, v.date, originals[i + 1]?.date);
    // A list stays in force until a later version brings its own.
    inForce = { ...inForce };
    for (const l of lists) {
      if (l.date !== v.date) continue;
      if (l.kind === 'collected') inForce.collected = { list: l.list, date: l.date };
      else inForce.shared = { list: l.list, date: l.date };
    }
    const own = { status, number: i + 1, translations, lists: inForce, previous: undefined, next: undefined };
    // A version read in outline keeps its getters: its text is read when a page first asks for it
    // (src/lib/content/read.ts), not here. A whole one is copied plainly, which keeps it fast to read.
    if (Object.getOwnPropertyDescriptor(v, 'source')?.get === undefined) return { ...v, ...own };
    return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(v)) as Version, own);
  });
  versions.forEach((v, i) => {
    v.previous = versions[i - 1];
    v.next = versions[i + 1];
  });
  const pairs = versions.slice(1).map((to, i) => ({ from: versions[i]!, to }));
  const current = versions.find((v) => v.status === 'current');
  const upcoming = versions.filter((v) => v.status === 'upcoming');
  const title = (current ?? upcoming[0] ?? versions[0])?.data.title ?? id;
  return { id, brand, title, versions, pairs, current, upcoming };
}

/** Characters of a version's text in every language it is written in: what search indexes of it. */
export function versionCharacters(version: Version): number {
  let n = version.length;
  for (const text of Object.values(version.translations)) n += text?.length ?? 0;
  return n;
}

/** A brand's texts, in the catalog's order: each version, then its translations. */
export function brandTexts(brand: Brand): VersionRecord[] {
  return brand.policies.flatMap((policy) =>
    policy.versions.flatMap((version) => [
      version,
      ...Object.values(version.translations).filter((t): t is VersionRecord => t !== undefined),
    ]),
  );
}

/** The text a page in `locale` shows: the translation when there is one, else the original. */
export function textIn(version: Version, locale: Locale): VersionRecord {
  return version.translations[locale] ?? version;
}

/** The texts a redline in `locale` compares: both translations when both exist, else both originals, never a mix. */
export function comparedTexts(pair: Pair, locale: Locale): [VersionRecord, VersionRecord] {
  const choice = (v: Version) => ({ original: v as VersionRecord, translated: v.translations[locale] });
  return comparedPair(choice(pair.from), choice(pair.to));
}

/** A brand's name in one language: its own name there, else the name it is known by. */
export function brandName(
  brand: { data: { name: string; names: Partial<Record<Locale, string>> } },
  locale: Locale,
): string {
  return brand.data.names[locale] ?? brand.data.name;
}

/** A policy's name in one language: the title of its current (or first announced) version there. */
export function policyTitle(policy: Policy, locale: Locale): string {
  const lead = policy.current ?? policy.upcoming[0] ?? policy.versions.at(-1);
  return lead?.translations[locale]?.data.title ?? policy.title;
}
