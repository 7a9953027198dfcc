import type { Brand, Policy, Version } from './catalog.ts';

export interface ChangeItem {
  policy: Policy;
  version: Version;
}

/** The brand's versions in force or archived, newest first: what the brand center lists as recent changes. */
export function recentChanges(brand: Brand, limit = 5): ChangeItem[] {
  return brand.policies
    .flatMap((policy) => policy.versions.filter((v) => v.status !== 'upcoming').map((version) => ({ policy, version })))
    .sort((a, b) => b.version.date.localeCompare(a.version.date) || a.policy.id.localeCompare(b.policy.id))
    .slice(0, limit);
}

/** Announced versions not yet in force, soonest first. */
export function upcomingChanges(brand: Brand): ChangeItem[] {
  return brand.policies
    .flatMap((policy) => policy.upcoming.map((version) => ({ policy, version })))
    .sort((a, b) => a.version.date.localeCompare(b.version.date));
}

/** Date of the brand's latest change in force, for the directory. */
export function lastChange(brand: Brand): string | undefined {
  return recentChanges(brand, 1)[0]?.version.date;
}
