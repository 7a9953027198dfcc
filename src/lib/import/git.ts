import { execFileSync } from 'node:child_process';
import { decodeInput } from './decode.ts';

/** One commit on the first-parent line that touched the file. */
export interface Commit {
  sha: string;
  /** Committer date, YYYY-MM-DD in the committer's time zone. */
  date: string;
  subject: string;
}

function git(repo: string, args: string[]): Buffer {
  return execFileSync('git', ['-C', repo, ...args], {
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Throws with git's own message when `repo` is not a git work tree or bare repository. */
export function checkRepository(repo: string): void {
  try {
    git(repo, ['rev-parse', '--git-dir']);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`${repo} is not a git repository${stderr ? ` (${stderr})` : ''}.`, { cause: error });
  }
}

/**
 * The first-parent history of a file under any of its names, oldest first. Following only first
 * parents reads the history as the main branch saw it, without the commits of merged branches.
 */
export function fileHistory(repo: string, paths: readonly string[]): Commit[] {
  const out = git(repo, ['log', '--first-parent', '--format=%H%x1f%cs%x1f%s%x1e', '--', ...paths]).toString('utf8');
  return out
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [sha = '', date = '', subject = ''] = record.split('\x1f');
      return { sha, date, subject };
    })
    .reverse();
}

/** Which of `paths` (in the order given) exists in a commit; undefined once the file was deleted. */
export function pathAt(repo: string, sha: string, paths: readonly string[]): string | undefined {
  const present = new Set(
    git(repo, ['ls-tree', '-r', '-z', '--name-only', sha, '--', ...paths])
      .toString('utf8')
      .split('\0'),
  );
  return paths.find((p) => present.has(p));
}

/** The file's text in a commit, in whatever encoding it was saved; undefined when it is not text. */
export function fileAt(repo: string, sha: string, path: string): string | undefined {
  const decoded = decodeInput(git(repo, ['show', `${sha}:${path}`]));
  return 'text' in decoded ? decoded.text : undefined;
}
