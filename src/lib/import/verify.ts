import { compileSync } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { checkMdx } from '../mdx-check.ts';
import { problem, type Problem } from '../problem.ts';

/**
 * Proves a converted body is MDX the site can render before anything is written: it compiles with
 * @mdx-js/mdx (as the build does, with GFM) and passes the build's own checks.
 */
export function verifyMdx(body: string, file: string, bodyLine: number): Problem[] {
  try {
    compileSync(body, { remarkPlugins: [remarkGfm] });
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    return [
      problem(
        'mdx',
        file,
        `The converted text does not compile as MDX: ${e.reason ?? e.message}`,
        'This is a converter bug: please report it with the input file; meanwhile fix the input by hand.',
        {
          line: e.line === undefined ? undefined : e.line + bodyLine - 1,
          column: e.column,
        },
      ),
    ];
  }
  return checkMdx(body, file, bodyLine);
}
