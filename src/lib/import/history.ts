import { statedEffectiveDate } from './effective-date.ts';
import type { Commit } from './git.ts';

/** The file as one commit left it. */
export interface Revision extends Commit {
  path: string;
  /** Undefined when the file was not there (deleted) or not UTF-8. */
  text: string | undefined;
}

export interface PlannedVersion extends Revision {
  text: string;
  /** Effective date of the version. */
  effective: string;
  /** Why the date is what it is, when that is worth saying. */
  dateNote?: string;
}

export interface SkippedRevision {
  revision: Revision;
  reason: string;
}

export type EffectiveFrom = 'commit' | 'text';

/** Comparison form: only BOM, line endings and whitespace are ignored. */
const essence = (text: string) => text.replace(/^\uFEFF/, '').replace(/\s+/g, '');

/**
 * Decides which revisions become versions: one per distinct text (changes to BOM, line endings or
 * whitespace alone are skipped), dated by the commit or by the date the text states, and of
 * several revisions dated the same day the last one wins.
 */
export function planHistory(
  revisions: readonly Revision[],
  from: EffectiveFrom,
): { versions: PlannedVersion[]; skipped: SkippedRevision[] } {
  const skipped: SkippedRevision[] = [];
  const distinct: PlannedVersion[] = [];
  let last: string | undefined;
  for (const r of revisions) {
    if (r.text === undefined) {
      skipped.push({ revision: r, reason: 'file missing or not text in this commit' });
      continue;
    }
    const previous = distinct.at(-1);
    if (previous && r.text === previous.text) {
      skipped.push({ revision: r, reason: 'text unchanged' });
      continue;
    }
    if (last !== undefined && essence(r.text) === last) {
      skipped.push({ revision: r, reason: 'only BOM, line endings or whitespace changed' });
      continue;
    }
    last = essence(r.text);
    distinct.push({ ...r, text: r.text, ...dateOf(r, r.text, from) });
  }
  // Stable sort: revisions stating the same date stay in commit order, so the last one wins below.
  const byDate = [...distinct].sort((a, b) => a.effective.localeCompare(b.effective));
  const versions: PlannedVersion[] = [];
  for (const v of byDate) {
    const sameDay = versions.at(-1);
    if (sameDay?.effective === v.effective) {
      skipped.push({
        revision: sameDay,
        reason: `replaced by ${v.sha.slice(0, 7)}, a later revision for ${v.effective}`,
      });
      versions[versions.length - 1] = v;
    } else versions.push(v);
  }
  return { versions, skipped };
}

function dateOf(r: Revision, text: string, from: EffectiveFrom): { effective: string; dateNote?: string } {
  if (from === 'commit') return { effective: r.date };
  const stated = statedEffectiveDate(text);
  return stated
    ? { effective: stated, dateNote: 'date stated in the text' }
    : { effective: r.date, dateNote: 'no date in the text: commit date' };
}
