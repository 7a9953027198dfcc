import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { BrandRecord, VersionRecord } from '../content/read.ts';
import { headingAnchor } from '../policy/anchors.ts';
import { bodyTree } from './body.ts';

/** Where an internal link lands: a version whose headings give the anchors, a page without anchors, or nowhere. */
export type Target = { version: VersionRecord } | { page: true } | { missing: string; hint: string };

const locales = new Set(['en', 'zh-CN']);
const brandPages = new Set(['search', 'feed.xml', 'index.json']);
const policyPages = new Set(['history', 'compare', 'feed.xml', 'versions.json']);

/**
 * The site's URL space as the content defines it (see src/lib/routes/urls.ts): `/<brand>/<policy>/<date>/`
 * and the pages around it, with a `/<locale>` prefix for translations. Paths of a single-brand
 * build (`/<policy>/…`) are accepted for the brand of the linking file.
 */
export function makeResolver(brands: readonly BrandRecord[], versions: readonly VersionRecord[], now: string) {
  const brandIds = new Set([...brands.map((b) => b.id), ...versions.map((v) => v.brand)]);
  const find = (brand: string, policy: string, date: string, locale: string | undefined) =>
    versions.find(
      (v) =>
        v.brand === brand &&
        v.policy === policy &&
        v.date === date &&
        (locale === undefined ? !v.translation : v.locale === locale),
    );
  const dates = (brand: string, policy: string) =>
    [
      ...new Set(versions.filter((v) => v.brand === brand && v.policy === policy && !v.translation).map((v) => v.date)),
    ].sort();

  return (path: string, from: VersionRecord): Target => {
    const parts = path.split('/').filter(Boolean);
    const locale = parts[0] !== undefined && locales.has(parts[0]) ? parts.shift() : undefined;
    if (parts.length === 0 || (parts.length === 1 && parts[0] === 'search')) return { page: true };
    if (!brandIds.has(parts[0] ?? '') && dates(from.brand, parts[0] ?? '').length > 0) parts.unshift(from.brand);
    const [brand = '', policy, page, extra, ...rest] = parts;
    if (!brandIds.has(brand))
      return {
        missing: `there is no brand or policy "${brand}"`,
        hint: `Brands are: ${[...brandIds].sort().join(', ')}.`,
      };
    if (policy === undefined || (brandPages.has(policy) && page === undefined)) return { page: true };
    const history = dates(brand, policy);
    if (history.length === 0)
      return {
        missing: `brand "${brand}" has no policy "${policy}"`,
        hint: `Check the policy folder name under brands/${brand}/.`,
      };
    if (page === undefined) {
      const current = history.filter((d) => d <= now).at(-1) ?? history[0] ?? '';
      return versionTarget(
        find(brand, policy, current, locale),
        `${brand}/${policy} has no ${locale} translation of its current version (${current})`,
      );
    }
    if (policyPages.has(page) && extra === undefined) return { page: true };
    if (page === 'changes') {
      const [a = '', b = ''] = (extra ?? '').split('...');
      const ok = history.includes(a) && history.includes(b) && rest.length === 0;
      return ok
        ? { page: true }
        : {
            missing: `"changes/${extra ?? ''}" does not name two versions of ${brand}/${policy}`,
            hint: `Use changes/<from>...<to>/ with two of: ${history.join(', ')}.`,
          };
    }
    if (!history.includes(page)) {
      return {
        missing: `${brand}/${policy} has no version "${page}"`,
        hint: `Versions are: ${history.join(', ')}. Link to a page URL such as /${brand}/${policy}/${history.at(-1)}/, not to a file.`,
      };
    }
    if (extra !== undefined && !/^source(?:\.[\w-]+)?\.mdx$/.test(extra))
      return { missing: `"${extra}" is not a page of version ${page}`, hint: `Link to /${brand}/${policy}/${page}/.` };
    return extra === undefined
      ? versionTarget(find(brand, policy, page, locale), `${brand}/${policy}/${page} has no ${locale} translation`)
      : { page: true };
  };
}

function versionTarget(version: VersionRecord | undefined, missing: string): Target {
  return version ? { version } : { missing, hint: 'Add the translation, or link to the version in its own language.' };
}

const anchorCache = new WeakMap<VersionRecord, string[]>();

/**
 * The ids the site gives a version's headings: a fixed `{#id}` where the heading ends in one
 * (src/lib/policy/anchors.ts), else github-slugger over the heading texts, in order.
 */
export function anchorsOf(version: VersionRecord): string[] {
  let anchors = anchorCache.get(version);
  if (!anchors) {
    const slugger = new GithubSlugger();
    const found: string[] = [];
    visit(bodyTree(version), 'heading', (h) => {
      const { text, id } = headingAnchor(toString(h));
      found.push(id ?? slugger.slug(text));
    });
    anchors = found;
    anchorCache.set(version, anchors);
  }
  return anchors;
}
