import type { Brand, Policy, Version } from '../model/catalog.ts';
import type { Locale } from '../../schemas/brand.ts';
import { formatDate } from '../i18n/index.ts';
import type { LastVisitData, RedlineTarget } from '../last-visit/prompt.ts';
import { brandRef } from '../routes/pages.ts';
import type { Urls } from '../routes/urls.ts';

/**
 * What a version page tells the last-visit script: a redline from every earlier version. Consecutive
 * pairs have a static redline page; any other pair opens the compare page with both dates filled in.
 */
export function lastVisitData(
  urls: Urls,
  brand: Brand,
  policy: Policy,
  version: Version,
  locale: Locale,
): LastVisitData {
  const ref = brandRef(brand);
  const redlines: Record<string, RedlineTarget> = {};
  for (const earlier of policy.versions.slice(0, version.number - 1)) {
    const consecutive = earlier.number === version.number - 1;
    const href = consecutive
      ? urls.changes(ref, policy.id, earlier.date, version.date, locale)
      : `${urls.compare(ref, policy.id, locale)}?from=${earlier.date}&to=${version.date}`;
    redlines[earlier.date] = { href, label: formatDate(earlier.date, locale) };
  }
  return { policy: `${brand.id}/${policy.id}`, version: version.date, redlines };
}
