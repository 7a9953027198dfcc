import { problem, type Problem } from '../problem.ts';

/**
 * Sizes a policy text may not exceed, checked before it is parsed: the parser's time grows with
 * nesting faster than linearly (a list nested 400 deep takes seconds), and no real policy comes near.
 */
export const LIMITS = {
  /** Bytes of one version file. The largest real policies are a few hundred KB. */
  fileBytes: 8 * 1024 * 1024,
  /** Nested blockquotes (`>` markers) on one line. */
  quoteDepth: 16,
  /** Columns of indentation before a line's text: about 20 levels of nested lists. */
  indent: 80,
  /** Nested HTML elements written in the text. */
  elementDepth: 32,
} as const;

/** The limits a body breaks, each with its line. `bodyLine` is the file line where the body starts. */
export function checkLimits(body: string, file: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lead = /^[ \t>]*/.exec(line)?.[0] ?? '';
    const quotes = lead.split('>').length - 1;
    const indent = [...lead.replaceAll('>', '')].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
    if (quotes > LIMITS.quoteDepth) {
      problems.push(
        problem(
          'limits',
          file,
          `The line nests ${quotes} quotes; at most ${LIMITS.quoteDepth} are allowed.`,
          'Remove the extra ">" markers.',
          { line: bodyLine + i },
        ),
      );
      break;
    }
    if (indent > LIMITS.indent) {
      problems.push(
        problem(
          'limits',
          file,
          `The line is indented ${indent} columns; at most ${LIMITS.indent} are allowed (about 20 levels of nested lists).`,
          'Flatten the nesting: policies rarely need more than three levels.',
          { line: bodyLine + i },
        ),
      );
      break;
    }
  }
  return problems;
}
