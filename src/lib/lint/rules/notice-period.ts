import type { VersionRecord } from '../../content/read.ts';
import { addDays, daysBetween } from '../../live/status.ts';
import { lineOfMatch, problem, type Problem } from '../../problem.ts';
import type { Rule } from '../types.ts';

/**
 * A brand's notice period (`noticeDays` in brand.yaml): a material version must be published at
 * least that many days before it takes effect. Only versions in force from today on are checked:
 * they can still be moved, while a version already in force is a record of what happened.
 */
export const noticePeriodRule: Rule = {
  id: 'notice-period',
  description: "material versions from today on published fewer than brand.yaml's noticeDays before they take effect",
  check: ({ records, now }) => {
    const notice = new Map(records.brands.map((b) => [b.id, b.data.noticeDays]));
    return records.versions.flatMap((v) => {
      const days = notice.get(v.brand);
      if (days === undefined || v.translation || !v.data.material || v.date < now) return [];
      return checkNotice(v, days);
    });
  },
};

function checkNotice(version: VersionRecord, noticeDays: number): Problem[] {
  // The last day it can be published on with the notice asked.
  const latest = addDays(version.date, -noticeDays);
  const published = version.data.published;
  if (published === undefined)
    return [
      problem(
        'notice-period',
        version.file,
        `This material version takes effect on ${version.date} and has no "published" date, so its ${noticeDays} days' notice (noticeDays in brand.yaml) cannot be checked.`,
        `Add "published: YYYY-MM-DD" to the frontmatter, the day visitors are told of the change: ${latest} at the latest.`,
        { line: lineOfMatch(version.source, /^material:/m) },
      ),
    ];
  const given = daysBetween(published, version.date);
  // Published after it takes effect is the versions rule's error (date).
  if (given >= noticeDays || given < 0) return [];
  return [
    problem(
      'notice-period',
      version.file,
      `This material version is published on ${published} and takes effect on ${version.date}: ${given} day${given === 1 ? '' : 's'} of notice, fewer than the ${noticeDays} that noticeDays in brand.yaml asks.`,
      `Move the effective date to ${addDays(published, noticeDays)} or later (rename the file), or publish by ${latest}; if the change is not material, set "material: false".`,
      { line: lineOfMatch(version.source, /^published:/m) },
    ),
  ];
}
