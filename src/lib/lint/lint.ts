import { readContent } from '../content/read.ts';
import { readSettings } from '../build/settings.ts';
import type { Problem } from '../problem.ts';
import { duplicatePassageRule } from './rules/duplicate-passage.ts';
import { emptyContactRule } from './rules/empty-contact.ts';
import { internalLinksRule } from './rules/internal-links.ts';
import { keyTermsRule } from './rules/key-terms.ts';
import { listsRule } from './rules/lists.ts';
import { mixedScriptRule } from './rules/mixed-script.ts';
import { noticePeriodRule } from './rules/notice-period.ts';
import { requiredSectionsRule } from './rules/required-sections.ts';
import { schemaRule } from './rules/schema.ts';
import { templateTextRule } from './rules/template-text.ts';
import { unsafeHtmlRule } from './rules/unsafe-html.ts';
import { versionsRule } from './rules/versions.ts';
import type { Rule } from './types.ts';

export const rules: readonly Rule[] = [
  schemaRule,
  versionsRule,
  noticePeriodRule,
  unsafeHtmlRule,
  internalLinksRule,
  emptyContactRule,
  duplicatePassageRule,
  mixedScriptRule,
  requiredSectionsRule,
  listsRule,
  keyTermsRule,
  templateTextRule,
];

/** Checks a whole content folder with every rule; problems sorted by file, then line. */
export function lintContent(contentDir: string, env: Record<string, string | undefined> = {}): Problem[] {
  const settings = readSettings(env, contentDir);
  const input = { contentDir, records: readContent(contentDir), now: settings.options.now };
  return [...settings.problems, ...rules.flatMap((rule) => rule.check(input))].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
