import type { ContentRecords } from '../content/read.ts';
import type { Problem } from '../problem.ts';

/** What every lint rule sees: the content folder as the build reads it. */
export interface LintInput {
  /** Absolute path of the content folder. */
  contentDir: string;
  records: ContentRecords;
  /** YYYY-MM-DD that decides which version is current (for links to /<brand>/<policy>/). */
  now: string;
}

/** One check, in its own file under rules/. */
export interface Rule {
  /** The id printed with each problem the rule finds, e.g. `empty-contact`. */
  id: string;
  /** One line for `lint --help`. */
  description: string;
  check(input: LintInput): Problem[];
}
