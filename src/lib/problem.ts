/** One thing wrong with the content, phrased for the editor who has to fix it. */
export interface Problem {
  /** Path of the file, relative to the content folder. */
  file: string;
  line?: number;
  column?: number;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
  /** Short id of the check that found it, e.g. `schema` or `version-order`. */
  rule: string;
  severity: 'error' | 'warning';
}

export function problem(
  rule: string,
  file: string,
  message: string,
  hint: string,
  at: { line?: number | undefined; column?: number | undefined } = {},
): Problem {
  const p: Problem = { rule, file, message, hint, severity: 'error' };
  if (at.line !== undefined) p.line = at.line;
  if (at.column !== undefined) p.column = at.column;
  return p;
}

export function location(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (p.line === undefined) return p.file;
  return `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
}

/** The text a build prints when content is wrong: every problem, each with its fix. */
export function formatProblems(problems: readonly Problem[], contentDir: string): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `Privacy Center: the content in ${contentDir} has ${errors} error${errors === 1 ? '' : 's'}; nothing was published.`,
    '',
  ];
  for (const p of problems) {
    lines.push(`${location(p)}  ${p.severity} [${p.rule}]`, `  ${p.message}`, `  Fix: ${p.hint}`, '');
  }
  return lines.join('\n');
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], contentDir: string) {
    super(formatProblems(problems, contentDir));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** 1-based line of the first match of `pattern` in `source`, for pointing at a frontmatter key. */
export function lineOfMatch(source: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(source);
  return match ? source.slice(0, match.index).split('\n').length : undefined;
}
