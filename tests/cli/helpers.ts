import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyPolicy } from '../../src/lib/import/verify.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { runProgram } from '../support/run.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> },
): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, PRIVACY_CENTER_CONTENT: undefined, ...options.env };
  const r = await runProgram(command, args, { cwd: options.cwd ?? root, env: env as NodeJS.ProcessEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The real CLI, as `npm` scripts run it: src/cli/main.ts on the project's pinned node. */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return run(join(root, 'node_modules/.bin/node'), [join(root, 'src/cli/main.ts'), ...args], options);
}

/** The CLI through its launcher, started by the node running the tests (which may be older). */
export function bin(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return run(process.execPath, [join(root, 'bin/privacy-center.js'), ...args], options);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pc-${prefix}-`));
}

/** A written version file: its frontmatter lines and its body. */
export function readVersion(path: string): { yaml: string; body: string } {
  const split = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!split) throw new Error(`${path} has no frontmatter`);
  return { yaml: split.yaml, body: split.body };
}

/** Throws when the body is not a policy the build accepts (the build's own parser and safety policy). */
export function compileBody(body: string): void {
  const problems = verifyPolicy(body, 'imported.mdx', 1);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
}
