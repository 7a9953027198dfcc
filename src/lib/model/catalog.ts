import type { BrandData, Locale } from '../../schemas/brand.ts';
import type { BrandRecord, VersionRecord } from '../content/read.ts';

/**
 * Status of a version against the build's "now":
 * - current: the latest version whose effective date is on or before now;
 * - archived: an earlier version, superseded by the current one;
 * - upcoming: effective after now (announced, not yet in force).
 */
export type Status = 'current' | 'archived' | 'upcoming';

export interface Version extends VersionRecord {
  status: Status;
  /** Position in the policy's history, 1 for the first version. */
  number: number;
  /** Translations of this version, by locale. */
  translations: Partial<Record<Locale, VersionRecord>>;
}

export interface Policy {
  id: string;
  brand: string;
  /** Title of the version that is current (or of the first upcoming one when none is in force yet). */
  title: string;
  /** Oldest first. */
  versions: Version[];
  /** The version in force; undefined while every version is still upcoming. */
  current: Version | undefined;
  /** Announced versions not in force yet, soonest first. */
  upcoming: Version[];
}

export interface Brand {
  id: string;
  file: string;
  data: BrandData;
  logoPath: string | undefined;
  policies: Policy[];
}

export interface Catalog {
  /** The day statuses were computed for, YYYY-MM-DD. */
  now: string;
  brands: Brand[];
}

export function buildCatalog(records: { brands: BrandRecord[]; versions: VersionRecord[] }, now: string): Catalog {
  const brands = records.brands.map((b): Brand => {
    const originals = records.versions.filter((v) => v.brand === b.id && !v.translation);
    const policyIds = [...new Set(originals.map((v) => v.policy))].sort();
    return {
      id: b.id,
      file: b.file,
      data: b.data,
      logoPath: b.logoPath,
      policies: policyIds.map((id) => buildPolicy(b.id, id, records.versions, now)),
    };
  });
  return { now, brands };
}

function buildPolicy(brand: string, id: string, all: VersionRecord[], now: string): Policy {
  const mine = all.filter((v) => v.brand === brand && v.policy === id);
  const originals = mine.filter((v) => !v.translation).sort((a, b) => a.date.localeCompare(b.date));
  const inForce = originals.filter((v) => v.date <= now);
  const currentDate = inForce.at(-1)?.date;
  const versions = originals.map((v, i): Version => {
    const translations: Partial<Record<Locale, VersionRecord>> = {};
    for (const t of mine) if (t.translation && t.date === v.date) translations[t.locale] = t;
    const status: Status = v.date > now ? 'upcoming' : v.date === currentDate ? 'current' : 'archived';
    return { ...v, status, number: i + 1, translations };
  });
  const current = versions.find((v) => v.status === 'current');
  const upcoming = versions.filter((v) => v.status === 'upcoming');
  return { id, brand, title: (current ?? upcoming[0] ?? versions[0])?.data.title ?? id, versions, current, upcoming };
}

/** The version before `version` in its policy's history. */
export function previousVersion(policy: Policy, version: Version): Version | undefined {
  return policy.versions[version.number - 2];
}

export function nextVersion(policy: Policy, version: Version): Version | undefined {
  return policy.versions[version.number];
}
