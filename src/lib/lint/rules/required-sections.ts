import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VersionRecord } from '../../content/read.ts';
import { problem, type Problem } from '../../problem.ts';
import { bodyTree, histories, warning } from '../body.ts';
import { loadChecklist, type Checklist, type LoadedChecklist } from '../checklist.ts';
import type { Rule } from '../types.ts';

/**
 * The sections a policy must have in the brand's jurisdiction (checklists/<locale>.yaml), checked
 * on the latest version of each policy only: older versions are history and cannot be changed.
 */
export const requiredSectionsRule: Rule = {
  id: 'required-sections',
  description: "topics the brand's jurisdiction requires (checklists/<locale>.yaml), on each policy's latest version",
  check: ({ contentDir, records }) => {
    const problems: Problem[] = [];
    const checklists = new Map<string, LoadedChecklist | undefined>();
    for (const list of histories(records.versions).values()) {
      const latest = list.at(-1);
      if (!latest) continue;
      if (!checklists.has(latest.locale)) {
        const loaded = loadChecklist(contentDir, latest.locale);
        checklists.set(latest.locale, loaded);
        if (loaded?.ok === false)
          problems.push(
            problem(
              'required-sections',
              loaded.file,
              loaded.message,
              'Fix the checklist; src/lib/lint/checklists/zh-CN.yaml shows the format.',
            ),
          );
      }
      const loaded = checklists.get(latest.locale);
      if (loaded?.ok && loaded.checklist.policies.includes(latest.policy))
        problems.push(...checkVersion(latest, loaded.checklist));
    }
    return problems;
  },
};

export function checkVersion(version: VersionRecord, checklist: Checklist): Problem[] {
  const headings: string[] = [];
  visit(bodyTree(version), 'heading', (h) => {
    headings.push(toString(h).toLowerCase());
  });
  // A text without headings cannot be checked by section; its whole text stands in.
  const haystack = headings.length > 0 ? headings : [version.body.toLowerCase()];
  const missing = checklist.topics.filter(
    (t) => !t.keywords.some((k) => haystack.some((h) => h.includes(k.toLowerCase()))),
  );
  if (missing.length === 0) return [];
  return [
    warning(
      'required-sections',
      version.file,
      `No section on ${missing.map((t) => t.name).join('; ')} (expected in a ${version.locale} ${version.policy} policy; no heading mentions ${missing.length === 1 ? 'it' : 'them'}).`,
      `Add ${missing.length === 1 ? 'a section' : 'sections'} in the next version; if a heading already covers a topic in other words, add them to its keywords in ${checklist.file}.`,
      { line: version.bodyLine },
    ),
  ];
}
