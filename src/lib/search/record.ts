import type { Locale } from '../../schemas/brand.ts';
import { policyTitle, textIn, type Brand, type Status } from '../model/catalog.ts';
import type { VersionRecord } from '../content/read.ts';
import { hasLists, type PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';

type VersionPage = Extract<PageRef, { kind: 'version' }>;

/** What Pagefind stores about one indexed version page, written as data-pagefind-* attributes (src/lib/search/document.ts). */
export interface SearchRecord {
  /** Narrow a search: brand display name, policy title, status, language of the text. */
  filters: { brand: string; policy: string; status: Status; locale: Locale };
  /** Returned with each result so it can be shown without opening the page. */
  meta: {
    title: string;
    brand: string;
    brand_id: string;
    policy: string;
    date: string;
    status: Status;
    number: string;
    /** 'true' for a material change, so results can say so. */
    material: 'true' | 'false';
    version_url: string;
    /** The policy's canonical URL in the text's language: results of one policy are grouped by it. */
    policy_url: string;
    /** Where a result should lead: the canonical policy URL for the current version, else the permanent one. */
    page: string;
    /** The version's lists page, where a result found in a list leads (src/lib/search/list-sections.ts). */
    lists_url?: string;
  };
  sort: { date: string };
}

/**
 * The search record of a version page, or undefined for a page the index leaves out (the page list
 * decides: src/lib/routes/pages.ts). Results of the current version lead to the policy's canonical
 * URL, others to the version's permanent one.
 */
export function searchRecord(ctx: SiteContext, page: VersionPage): SearchRecord | undefined {
  if (!page.indexed) return undefined;
  const { brand, policy, version, locale } = page;
  const { urls } = ctx;
  const text = textIn(version, locale);
  const versionUrl = urls.version(brand, policy.id, version.date, locale);
  const title = policyTitle(policy, locale);
  return {
    filters: { brand: brand.data.name, policy: title, status: version.status, locale },
    meta: {
      title: text.data.title,
      brand: brand.data.name,
      brand_id: brand.id,
      policy: title,
      date: version.date,
      status: version.status,
      number: String(version.number),
      material: version.data.material ? 'true' : 'false',
      version_url: versionUrl,
      policy_url: urls.policy(brand, policy.id, locale),
      page: version.status === 'current' ? urls.policy(brand, policy.id, locale) : versionUrl,
      ...(hasLists(version) ? { lists_url: urls.versionLists(brand, policy.id, version.date, locale) } : {}),
    },
    sort: { date: version.date },
  };
}

/** The policy filter's choices for a search page: each title once, with the ids of the brands using it. */
export function policyChoices(brands: readonly Brand[], locale: Locale): { title: string; brands: string[] }[] {
  const byTitle = new Map<string, string[]>();
  for (const brand of brands) {
    for (const policy of brand.policies) {
      const title = policyTitle(policy, locale);
      byTitle.set(title, [...(byTitle.get(title) ?? []), brand.id]);
    }
  }
  return [...byTitle].map(([title, ids]) => ({ title, brands: ids }));
}

/**
 * Pagefind's indexing time grows faster than linearly with a page's length (measured: 0.3 M characters
 * 1.5 s, 0.6 M 5 s, 1.8 M 144 s), so a text beyond this size is found by its title only. Real policies
 * are a few tens of thousands of characters.
 */
export const FULL_TEXT_LIMIT = 300_000;

export function indexesFullText(text: Pick<VersionRecord, 'length'>): boolean {
  return text.length <= FULL_TEXT_LIMIT;
}
