import { checkPolicy } from '../policy/text.ts';
import type { Problem } from '../problem.ts';

/**
 * Proves a converted body is a policy the build accepts before anything is written: the same
 * parser and safety policy as the build (src/lib/policy/text.ts), so an import never writes a
 * file that the next build refuses.
 */
export function verifyPolicy(body: string, file: string, bodyLine: number): Problem[] {
  return checkPolicy(body, { file, bodyLine }).problems;
}
