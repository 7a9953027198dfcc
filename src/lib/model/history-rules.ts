import type { BrandRecord, VersionRecord } from '../content/read.ts';
import { lineOfMatch, problem, type Problem } from '../problem.ts';

/** Placeholder that `new-version` writes and that must be replaced before publishing. */
export const SUMMARY_PLACEHOLDER = 'TODO: describe what changed';

/** Rules that need a policy's whole history rather than one file. */
export function checkHistories(brands: BrandRecord[], versions: VersionRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byPolicy = new Map<string, VersionRecord[]>();
  for (const v of versions) {
    const key = `${v.brand}/${v.policy}`;
    byPolicy.set(key, [...(byPolicy.get(key) ?? []), v]);
  }
  for (const list of byPolicy.values()) {
    const originals = list.filter((v) => !v.translation).sort((a, b) => a.date.localeCompare(b.date));
    originals.forEach((v, i) => {
      const twin = originals[i - 1];
      if (twin?.date === v.date) {
        problems.push(
          problem(
            'version-order',
            v.file,
            `Two versions take effect on ${v.date}: ${twin.file} and this file.`,
            'Keep one file per date: merge the two, or rename one to the date it really takes effect.',
          ),
        );
      }
      if (i > 0 && v.data.summary === undefined) {
        problems.push(
          problem(
            'summary',
            v.file,
            `Missing "summary": every version after the first must say what changed (previous version: ${originals[i - 1]?.date}).`,
            'Add "summary: …" to the frontmatter with a sentence or two on what changed.',
            { line: 2 },
          ),
        );
      }
      if (v.data.summary?.includes(SUMMARY_PLACEHOLDER)) {
        problems.push(
          problem(
            'summary',
            v.file,
            'The "summary" is still the placeholder.',
            'Replace the placeholder with what changed in this version.',
            // The source is read only for a problem: a shard reads other brands' versions in outline.
            { line: lineOfMatch(v.source, /^summary:/m) ?? 2 },
          ),
        );
      }
      if (v.data.published !== undefined && v.data.published > v.date) {
        problems.push(
          problem(
            'date',
            v.file,
            `"published" (${v.data.published}) is after the effective date (${v.date}).`,
            'A version is announced on or before the day it takes effect: correct "published" or rename the file.',
            { line: lineOfMatch(v.source, /^published:/m) },
          ),
        );
      }
    });
    for (const t of list.filter((v) => v.translation)) {
      const brand = brands.find((b) => b.id === t.brand);
      if (!originals.some((o) => o.date === t.date)) {
        problems.push(
          problem(
            'translation',
            t.file,
            `This translation has no original version dated ${t.date}.`,
            `Add ${t.date}.mdx in the brand's own language, or rename the translation to the date of an existing version.`,
          ),
        );
      } else if (brand && !brand.data.locales.includes(t.locale)) {
        problems.push(
          problem(
            'translation',
            t.file,
            `The brand does not list "${t.locale}" in its locales.`,
            `Add "locales: [${t.locale}]" to ${brand.file}.`,
          ),
        );
      }
    }
  }
  return problems;
}
