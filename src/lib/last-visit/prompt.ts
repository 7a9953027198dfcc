/*
 * "Changed since your last visit": which version of a policy this browser last showed, kept in
 * localStorage only (no cookie, nothing sent anywhere). Runs in the browser; no imports on purpose,
 * so the bundled script stays tiny.
 */

/** Where an earlier version's redline to the page's version is, and how to name that version. */
export interface RedlineTarget {
  href: string;
  /** The earlier version's effective date as the page's language writes it. */
  label: string;
}

/** What the page hands the script in data-* attributes. */
export interface LastVisitData {
  /** `<brand>/<policy>`: one memory per policy, shared by its languages. */
  policy: string;
  /** Effective date of the version on the page. */
  version: string;
  /** Redlines from each earlier version of the policy to this one, by that version's date. */
  redlines: Record<string, RedlineTarget>;
}

export const storageKey = (policy: string) => `privacy-center:last-seen:${policy}`;

/** The redline to offer when the visitor last saw an older version, if there is one. */
export function promptFor(seen: string | null, data: LastVisitData): (RedlineTarget & { from: string }) | undefined {
  if (seen === null || seen >= data.version) return undefined;
  const target = data.redlines[seen];
  return target && { from: seen, ...target };
}

/** The version to remember: the newest seen, so reading an archived version later does not undo it. */
export function nextSeen(seen: string | null, version: string): string {
  return seen !== null && seen > version ? seen : version;
}
