import type { VersionRecord } from '../../content/read.ts';
import type { Problem } from '../../problem.ts';
import { bodyLines, warning } from '../body.ts';
import type { Rule } from '../types.ts';

/** Labels of contact details, each with the brand.yaml field that can hold the value. */
const labels: [RegExp, string | undefined][] = [
  [/电话|手机|phone|tel/i, 'contact.phone'],
  [/邮箱|邮件|e-?mail/i, 'contact.email'],
  [/地址|address/i, 'contact.address'],
  [/部门|联系人|负责人|dpo|contact person/i, 'contact.dpo'],
  [/传真|fax/i, undefined],
];
const LABEL = String.raw`(?:联系(?:部门|人|电话|邮箱|地址)|个人信息保护负责人|电子邮(?:箱|件)|邮箱|电话|手机号?|传真|地址|e-?mail|phone|tel(?:ephone)?|fax|address|contact person)`;
/**
 * A label, its colon, then nothing: end of line, punctuation, a table cell border or the next
 * label (seed 000: "联系电话:" on its own line; seed 004: "联系邮箱:,邮件主题…").
 */
const emptyField = new RegExp(
  String.raw`(?<=^|[\s。；;，,>*_|(（-])(${LABEL})\s*[:：][\s*_\\]*(?=$|[,，;；。|)）]|${LABEL}\s*[:：])`,
  'giu',
);

/** A contact label with no value after it: scraped pages lose the details, templates leave them blank. */
export const emptyContactRule: Rule = {
  id: 'empty-contact',
  description: 'contact labels (联系电话：, 邮箱:, Email:, Phone: …) with nothing after them',
  check: ({ records }) => records.versions.flatMap(checkVersion),
};

/** A line that starts a block of its own, so it cannot hold the value of a label on the line before. */
const blockStart = new RegExp(String.raw`^\s*(?:$|[-*+>#|]|\d+[.)]\s|${LABEL}\s*[:：])`, 'iu');

export function checkVersion(version: VersionRecord): Problem[] {
  const problems: Problem[] = [];
  const lines = bodyLines(version);
  lines.forEach(({ text, line }, i) => {
    const next = lines[i + 1];
    // A value on the next line of the same paragraph is shown right after the label.
    const continued = next !== undefined && next.line === line + 1 && !blockStart.test(next.text);
    for (const match of text.matchAll(emptyField)) {
      if (continued && text.slice((match.index ?? 0) + match[0].length).trim() === '') continue;
      const label = match[1] ?? '';
      const field = labels.find(([pattern]) => pattern.test(label))?.[1];
      problems.push(
        warning(
          'empty-contact',
          version.file,
          `The contact field "${match[0].trim()}" is empty.`,
          `Fill in the ${label} or remove the label${field ? `; the brand's ${field} in brand.yaml is shown on every page of the center` : ''}.`,
          {
            line,
            column: (match.index ?? 0) + 1,
          },
        ),
      );
    }
  });
  return problems;
}
