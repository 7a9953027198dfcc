import { execFileSync } from 'node:child_process';

/**
 * The files under `dir` that differ from commit `since` in the working tree: changed in later
 * commits, staged, edited, or new and not ignored. Paths are relative to `dir`, with `/`.
 * Throws with git's own words when `dir` is not in a git work tree or `since` names no commit.
 */
export function changedFiles(dir: string, since: string): string[] {
  if (since.startsWith('-')) throw new Error(`"${since}" is not a commit: a ref cannot start with "-".`);
  const run = (args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
      .toString('utf8')
      .split('\0')
      .filter(Boolean);
  try {
    run(['rev-parse', '--verify', '--quiet', `${since}^{commit}`]);
  } catch (error) {
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(
      said
        ? `git: ${said.split('\n')[0]!.replace(/[^.!?]$/, '$&.')}`
        : `"${since}" names no commit in the git repository of ${dir}.`,
      { cause: error },
    );
  }
  // `--` ends the options, so a ref can never be read as one.
  const changed = run(['diff', '--name-only', '-z', '--relative', '--no-renames', since, '--', '.']);
  const added = run(['ls-files', '-z', '--others', '--exclude-standard', '--', '.']);
  return [...new Set([...changed, ...added])].sort();
}

/** The root of the git work tree `dir` lies in; throws with git's own words outside one. */
export function repositoryRoot(dir: string): string {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { stdio: ['ignore', 'pipe', 'pipe'] })
      .toString('utf8')
      .trim();
  } catch (error) {
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0];
    throw new Error(`git: ${said ?? `${dir} is not in a git work tree`}`, { cause: error });
  }
}
