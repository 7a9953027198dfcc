import type { Brand, Policy, Version } from '../model/catalog.ts';
import type { Locale } from '../../schemas/brand.ts';
import type { SiteContext } from '../routes/site-context.ts';

/** Where a version can be read, compared with its predecessor and verified (URL paths). */
export interface VersionLinks {
  page: string;
  /** The redline from the previous version; the first version has none. */
  redline: string | undefined;
  /** The MDX file as written, whose SHA-256 the record publishes. */
  source: string;
  /** The version printed, when the build makes PDFs. */
  pdf: string | undefined;
}

/** Links of a version in `locale` (the brand's own language unless given); feeds and records share them. */
export function versionLinks(
  ctx: SiteContext,
  brand: Brand,
  policy: Policy,
  version: Version,
  locale: Locale = brand.locale,
): VersionLinks {
  const { urls, pdf } = ctx;
  const previous = version.previous;
  return {
    page: urls.version(brand, policy.id, version.date, locale),
    redline: previous && urls.changes(brand, policy.id, previous.date, version.date, locale),
    source: urls.source(brand, policy.id, version.date, locale),
    pdf: pdf ? urls.versionPdf(brand, policy.id, version.date, locale) : undefined,
  };
}

/** An absolute URL for a site path: feeds and records are read away from the site. */
export function absolute(site: URL, path: string): string {
  return new URL(path, site).href;
}
