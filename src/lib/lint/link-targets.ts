import { isLocale } from '../../schemas/brand.ts';
import type { ContentRecords, VersionRecord } from '../content/read.ts';
import { buildCatalog, textIn, type Catalog } from '../model/catalog.ts';
import { siteFiles } from '../routes/files.ts';
import { sitePages } from '../routes/pages.ts';
import { siteContext } from '../routes/site-context.ts';

/** Where an internal link lands: a page with the anchors its text gives, another page or file, or nowhere. */
export type Target = { anchors: string[]; file: string } | { page: true } | { missing: string; hint: string };

const SITE = new URL('https://site.invalid');

/**
 * Resolves links against the site's own page and file lists (src/lib/routes), so lint accepts
 * exactly the pages the build makes. Links are read in the all-brands site; a link in a brand's
 * own form (`/<policy>/…`, as in a single-brand build) is read in that brand's site.
 */
export function linkResolver(records: Pick<ContentRecords, 'brands' | 'versions' | 'lists'>, now: string) {
  const catalog = buildCatalog({ brands: records.brands, versions: records.versions, lists: records.lists }, now);
  const all = targets(catalog, undefined);
  const single = new Map<string, Map<string, Target>>();
  const own = (brand: string) => {
    let found = single.get(brand);
    if (!found) single.set(brand, (found = targets(catalog, brand)));
    return found;
  };
  return (path: string, from: VersionRecord): Target => {
    const found =
      all.get(path) ?? (catalog.brands.some((b) => b.id === from.brand) ? own(from.brand).get(path) : undefined);
    return found ?? explain(catalog, path);
  };
}

/** Every page and file of the all-brands site, or of one brand's own site, by path. */
function targets(catalog: Catalog, brand: string | undefined): Map<string, Target> {
  const scoped = brand === undefined ? catalog : { ...catalog, brands: catalog.brands.filter((b) => b.id === brand) };
  const ctx = siteContext(scoped, { brand }, SITE);
  const pages = sitePages(ctx);
  const out = new Map<string, Target>();
  for (const page of pages) {
    if (page.kind === 'version') {
      const text = textIn(page.version, page.locale);
      out.set(page.path, { anchors: text.text.headings.map((h) => h.slug), file: text.file });
    } else {
      out.set(page.path, { page: true });
    }
  }
  for (const file of siteFiles(ctx, pages)) out.set(file.path, { page: true });
  return out;
}

/** Why a path names no page: the first of its brand, policy and version that does not exist. */
function explain(catalog: Catalog, path: string): Target {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== undefined && isLocale(parts[0])) parts.shift();
  const [brandId = '', policyId, page] = parts;
  const brand = catalog.brands.find((b) => b.id === brandId);
  const brands = catalog.brands.map((b) => b.id).join(', ');
  if (!brand) return { missing: `there is no brand or policy "${brandId}"`, hint: `Brands are: ${brands}.` };
  const policy = brand.policies.find((p) => p.id === policyId);
  if (!policy) {
    return {
      missing: `brand "${brandId}" has no policy "${policyId ?? ''}"`,
      hint: `Check the policy folder name under brands/${brandId}/.`,
    };
  }
  const dates = policy.versions.map((v) => v.date);
  if (page === 'changes') {
    const pairs = policy.pairs.map((p) => `changes/${p.from.date}...${p.to.date}/`);
    return {
      missing: `"${parts.slice(2).join('/')}" is not a redline of ${brandId}/${policyId}`,
      hint: `Redlines exist between consecutive versions: ${pairs.join(', ') || 'none yet'}; link any other two through the compare page.`,
    };
  }
  return {
    missing: `${brandId}/${policyId} has no version or page "${parts.slice(2).join('/')}"`,
    hint: `Versions are: ${dates.join(', ')}. Link to a page URL such as /${brandId}/${policyId}/${dates.at(-1)}/, not to a file.`,
  };
}
