import { checkHistories } from '../../model/history-rules.ts';
import type { Problem } from '../../problem.ts';
import { normalise } from '../../policy/normalise.ts';
import { histories, warning } from '../body.ts';
import type { Rule } from '../types.ts';

/**
 * A policy's history as a whole: the build's checks (two versions on one day, summary from the
 * second version on, the summary placeholder, `published` after the effective date, translations
 * without an original), plus a warning for a new version whose text did not change.
 */
export const versionsRule: Rule = {
  id: 'versions',
  description: 'version history: duplicate dates, summaries, placeholders, published after effective, unchanged text',
  check: ({ records }) => {
    const problems: Problem[] = checkHistories(records.brands, records.versions);
    for (const list of histories(records.versions).values()) {
      list.forEach((v, i) => {
        const previous = list[i - 1];
        if (previous && previous.date !== v.date && normalise(previous.body) === normalise(v.body)) {
          problems.push(
            warning(
              'versions',
              v.file,
              `The text is the same as the previous version (${previous.date}); only the frontmatter differs.`,
              'Make the change in the text, or delete this file if nothing changed.',
              { line: v.bodyLine },
            ),
          );
        }
      });
    }
    return problems;
  },
};
