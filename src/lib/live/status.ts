/**
 * A version's status as a function of the day: the build labels pages for its own day, and the
 * page's script (src/client/live-status.ts) corrects them for the visitor's, so a site that is not
 * rebuilt on the day a version takes effect still tells the truth. Pure; runs in the browser.
 */
import type { Status } from '../model/catalog.ts';

/** In force from its effective date `from` until the next version's `until` (none: for good). */
export function statusOn(day: string, from: string, until: string | undefined): Status {
  if (day < from) return 'upcoming';
  return until === undefined || day < until ? 'current' : 'archived';
}

/** Whether a later day can give another status: an archived version stays archived, the last current one current. */
export const canChange = (status: Status, until: string | undefined): boolean =>
  status === 'upcoming' || (status === 'current' && until !== undefined);

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` after `day` (YYYY-MM-DD; negative goes back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
