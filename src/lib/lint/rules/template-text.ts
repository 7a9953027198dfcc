import type { Locale } from '../../../schemas/brand.ts';
import type { VersionRecord } from '../../content/read.ts';
import type { Problem } from '../../problem.ts';
import { bodyLines, warning } from '../body.ts';
import type { Rule } from '../types.ts';

/** How `privacy-center init`'s policy template marks each passage the company writes itself. */
export const TEMPLATE_MARKS: Record<Locale, string> = { 'zh-CN': '【待填写】', en: '[To fill in]' };

/**
 * Template passages left in a policy text: the site builds with them (so a new center
 * can be previewed at once), and lint says where they are until each is replaced.
 */
export const templateTextRule: Rule = {
  id: 'template-text',
  description: `passages of the init template (${Object.values(TEMPLATE_MARKS).join(', ')}) not yet replaced`,
  check: ({ records }) => records.versions.flatMap(checkVersion),
};

export function checkVersion(version: VersionRecord): Problem[] {
  const marks = Object.values(TEMPLATE_MARKS);
  const lines = bodyLines(version).filter(({ text }) => marks.some((m) => text.includes(m)));
  const first = lines[0];
  if (first === undefined) return [];
  return [
    warning(
      'template-text',
      version.file,
      `${lines.length} passage${lines.length === 1 ? ' is' : 's are'} still the template's (lines ${lines.map((l) => l.line).join(', ')}).`,
      "Replace each marked passage with the policy's own text before publishing.",
      { line: first.line },
    ),
  ];
}
