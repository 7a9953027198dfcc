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
 * own form (`/<policy>/…`, as in a single-brand build) is read in that brand's site. With `read` (a
 * shard's brands), another brand's texts are read only when a link leads to one of its pages that
 * only its texts tell (a glossary page) or to an anchor of its versions.
 */
export function linkResolver(
  records: Pick<ContentRecords, 'brands' | 'versions' | 'lists'>,
  now: string,
  read?: ReadonlySet<string>,
) {
  const catalog = buildCatalog({ brands: records.brands, versions: records.versions, lists: records.lists }, now);
  const all = targets(catalog, undefined, read);
  const made = new Map<string, Map<string, Target>>();
  const of = (key: string, make: () => Map<string, Target>) => {
    let found = made.get(key);
    if (!found) made.set(key, (found = make()));
    return found;
  };
  const known = (brand: string | undefined): brand is string => catalog.brands.some((b) => b.id === brand);
  // Another brand's pages in the all-brands site, its glossary pages too.
  const unread = (path: string) => {
    const brand = brandOf(path);
    if (read === undefined || !known(brand) || read.has(brand)) return undefined;
    return of(`all ${brand}`, () =>
      targets({ ...catalog, brands: catalog.brands.filter((b) => b.id === brand) }, undefined),
    ).get(path);
  };
  return (path: string, from: VersionRecord): Target => {
    const found =
      all.get(path) ??
      unread(path) ??
      (known(from.brand) ? of(from.brand, () => targets(catalog, from.brand)).get(path) : undefined);
    return found ?? explain(catalog, path);
  };
}

/** The brand a path of the all-brands site names, after its language. */
function brandOf(path: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  return parts[0] !== undefined && isLocale(parts[0]) ? parts[1] : parts[0];
}

/**
 * Every page and file of the all-brands site, or of one brand's own site, by path; a version's
 * anchors are read from its text when a link asks for them.
 */
function targets(catalog: Catalog, brand: string | undefined, read?: ReadonlySet<string>): Map<string, Target> {
  const scoped = brand === undefined ? catalog : { ...catalog, brands: catalog.brands.filter((b) => b.id === brand) };
  const ctx = siteContext(scoped, { brand }, SITE);
  const pages = sitePages(ctx, read);
  const out = new Map<string, Target>();
  for (const page of pages) {
    if (page.kind === 'version') {
      const text = textIn(page.version, page.locale);
      out.set(page.path, {
        get anchors() {
          return text.text.headings.map((h) => h.slug);
        },
        file: text.file,
      });
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
