import type { Catalog } from '../model/catalog.ts';
import { brandFeed, policyFeed, siteFeed } from './feeds.ts';
import type { SiteFile } from '../routes/files.ts';
import { brandLocales, brandRef, SITE_LOCALE } from '../routes/pages.ts';
import { brandIndexFile, siteIndexFile, toJson, versionsFile } from './record.ts';
import type { Mount, Urls } from '../routes/urls.ts';

const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
// Served as text so a browser shows the source instead of downloading it.
const MDX = 'text/plain; charset=utf-8';

/** The public record as files: Atom feeds, JSON indexes and every version's MDX source, byte for byte. */
export function recordFiles(catalog: Catalog, mount: Mount, urls: Urls, site: URL): SiteFile[] {
  const ctx = { catalog, urls, site };
  const text = (path: string, type: string, make: () => string): SiteFile => ({
    path,
    type,
    body: () => Buffer.from(make(), 'utf8'),
  });
  const files: SiteFile[] = [];
  if (mount.brand === undefined) {
    files.push(text(urls.siteFeed(), ATOM, () => siteFeed(ctx, SITE_LOCALE)));
    files.push(text(urls.siteIndex(), JSON_TYPE, () => toJson(siteIndexFile(ctx, SITE_LOCALE))));
  }
  for (const brand of catalog.brands) {
    const ref = brandRef(brand);
    files.push(text(urls.brandFeed(ref), ATOM, () => brandFeed(ctx, brand)));
    files.push(text(urls.brandIndex(ref), JSON_TYPE, () => toJson(brandIndexFile(ctx, brand))));
    for (const policy of brand.policies) {
      files.push(text(urls.policyFeed(ref, policy.id), ATOM, () => policyFeed(ctx, brand, policy)));
      files.push(text(urls.versionsJson(ref, policy.id), JSON_TYPE, () => toJson(versionsFile(ctx, brand, policy))));
      for (const version of policy.versions) {
        for (const locale of brandLocales(brand)) {
          const file = locale === brand.data.locale ? version : version.translations[locale];
          // The text was decoded from UTF-8 without a byte-order mark, so encoding it again gives back the
          // exact bytes whose SHA-256 the record publishes.
          if (file) files.push(text(urls.source(ref, policy.id, version.date, locale), MDX, () => file.source));
        }
      }
    }
  }
  return files;
}
