import type { Locale } from '../../schemas/brand.ts';
import { formatDate } from '../i18n/index.ts';
import type { LastVisitData, RedlineTarget } from '../last-visit/prompt.ts';
import type { Brand, Policy, Version } from '../model/catalog.ts';
import type { SiteContext } from '../routes/site-context.ts';

/**
 * What a version page tells the last-visit script: a redline from every earlier version. The
 * previous version has a static redline page; any other opens the compare page with both dates.
 */
export function lastVisitData(
  ctx: SiteContext,
  brand: Brand,
  policy: Policy,
  version: Version,
  locale: Locale,
): LastVisitData {
  const redlines: Record<string, RedlineTarget> = {};
  for (const earlier of policy.versions.slice(0, version.number - 1)) {
    const href =
      earlier === version.previous
        ? ctx.urls.changes(brand, policy.id, earlier.date, version.date, locale)
        : `${ctx.urls.compare(brand, policy.id, locale)}?from=${earlier.date}&to=${version.date}`;
    redlines[earlier.date] = { href, label: formatDate(earlier.date, locale) };
  }
  return { policy: `${brand.id}/${policy.id}`, version: version.date, redlines };
}
