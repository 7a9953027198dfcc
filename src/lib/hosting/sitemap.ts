/**
 * The sitemap: an index at `/sitemap.xml` (what robots.txt names) of one sitemap for the pages
 * that belong to no policy (directory, search, each brand's home and search) and one for each
 * policy's pages. The protocol allows 50,000 URLs in a file; a group of 100 brands with 50 versions
 * a policy lists several times that, while no policy comes near it (a policy longer than that is
 * cut into numbered parts). A policy's file holds only that policy's pages, so each is made by the
 * shard that builds the brand (src/lib/build/shard.ts asks `sitemapBrand`), while every shard makes
 * the index: how many parts a policy has does not depend on whether it has a glossary page, which
 * only its texts tell (a shard lists other brands' pages without theirs, src/lib/routes/pages.ts).
 *
 * Every file lies at the site's root: a sitemap may list only URLs under its own folder.
 */
import { escapeHtml } from '../markup/escape.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteFile } from '../routes/site-file.ts';

/** URLs the protocol allows in one sitemap file (sitemaps.org). */
export const SITEMAP_URLS = 50_000;

export const SITEMAP_INDEX = '/sitemap.xml';
const SITE_SITEMAP = '/sitemap-site.xml';

/** A policy's sitemap, or its n-th part from the second on: ids never hold a dot, so names cannot meet. */
const policySitemap = (brand: string, policy: string, part: number) =>
  `/sitemap.${brand}.${policy}${part === 1 ? '' : `.${part}`}.xml`;

const policyFile = /^\/?sitemap\.([a-z0-9-]+)\.[a-z0-9-]+(?:\.\d+)?\.xml$/;

/** The brand whose policy a sitemap file lists, by the file's path; undefined for the index and the site's own. */
export function sitemapBrand(path: string): string | undefined {
  return policyFile.exec(path)?.[1];
}

/** Whether search engines should list a page: every page but superseded versions. */
const listed = (p: PageRef) => !(p.kind === 'version' && p.version.status === 'archived');

/** The index and every sitemap it names, each made when written. */
export function sitemapFiles(pages: readonly PageRef[], site: URL, limit = SITEMAP_URLS): SiteFile[] {
  const own: PageRef[] = [];
  const byPolicy = new Map<string, { brand: string; policy: string; locales: number; pages: PageRef[] }>();
  for (const page of pages) {
    if (!listed(page)) continue;
    if (!('policy' in page)) {
      own.push(page);
      continue;
    }
    const key = `${page.brand.id}/${page.policy.id}`;
    let entry = byPolicy.get(key);
    if (entry === undefined)
      byPolicy.set(
        key,
        (entry = { brand: page.brand.id, policy: page.policy.id, locales: page.brand.locales.length, pages: [] }),
      );
    entry.pages.push(page);
  }
  const files: SiteFile[] = [urlSet(SITE_SITEMAP, own, site)];
  for (const { brand, policy, locales, pages: listedPages } of byPolicy.values()) {
    // Room for a glossary page in each language whether the policy has one or not.
    const others = listedPages.filter((p) => p.kind !== 'glossary').length;
    const parts = Math.ceil((others + locales) / limit);
    const size = Math.ceil(listedPages.length / parts);
    for (let part = 1; part <= parts; part++)
      files.push(urlSet(policySitemap(brand, policy, part), listedPages.slice((part - 1) * size, part * size), site));
  }
  const index = files.map((f) => `<sitemap><loc>${escapeHtml(new URL(f.path, site).href)}</loc></sitemap>`);
  return [
    xml(
      SITEMAP_INDEX,
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>`,
    ),
    ...files,
  ];
}

function urlSet(path: string, pages: readonly PageRef[], site: URL): SiteFile {
  return xml(path, () => {
    const urls = pages.map((p) => {
      const lastmod = p.kind === 'version' ? `<lastmod>${p.version.date}</lastmod>` : '';
      return `<url><loc>${escapeHtml(new URL(p.path, site).href)}</loc>${lastmod}</url>`;
    });
    return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>`;
  });
}

function xml(path: string, body: string | (() => string)): SiteFile {
  const text = () => `<?xml version="1.0" encoding="UTF-8"?>\n${typeof body === 'string' ? body : body()}\n`;
  return { path, type: 'application/xml', body: () => Buffer.from(text()) };
}
