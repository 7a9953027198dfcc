import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { problem, type Problem } from '../problem.ts';

/** A file or folder of the content folder, with its path relative to it for messages. */
export interface Entry {
  name: string;
  path: string;
  rel: string;
  kind: 'file' | 'folder';
  /** Bytes, for files. */
  size: number;
}

/**
 * The content folder is a trust boundary: its files come from editors and pull requests. A
 * symbolic link is followed only when it resolves inside the folder, so no link can publish
 * /etc/passwd as a logo or a policy; broken links and things that are neither file nor folder are
 * reported by name. Hidden entries (".git", editor backups) are skipped.
 */
export class ContentTree {
  readonly root: string;
  private readonly realRoot: string;
  private readonly problems: Problem[];

  constructor(root: string, problems: Problem[]) {
    this.root = root;
    this.realRoot = realpathSync(root);
    this.problems = problems;
  }

  rel(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  /** The visible entries of a folder, sorted by name, each resolved and checked. */
  list(dir: string): Entry[] {
    const out: Entry[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const entry = this.entry(join(dir, name));
      if (entry !== undefined) out.push(entry);
    }
    return out;
  }

  /** One path, resolved and checked; undefined (with a problem) when it may not be read. */
  entry(path: string): Entry | undefined {
    const rel = this.rel(path);
    const name = path.slice(path.lastIndexOf(sep) + 1);
    let stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        this.report(rel, 'is a symbolic link to a file that does not exist.', 'Remove the link or point it at a file inside the content folder.');
        return undefined;
      }
      const inside = relative(this.realRoot, target);
      if (inside.startsWith('..') || inside === '' || /^[a-zA-Z]:/.test(inside)) {
        this.report(
          rel,
          `is a symbolic link to ${target}, outside the content folder; nothing outside it is read.`,
          'Copy the file into the content folder instead of linking to it.',
        );
        return undefined;
      }
      stats = statSync(target);
    }
    if (stats.isDirectory()) return { name, path, rel, kind: 'folder', size: 0 };
    if (stats.isFile()) return { name, path, rel, kind: 'file', size: stats.size };
    this.report(rel, 'is neither a file nor a folder (a device, socket or pipe).', 'Remove it from the content folder.');
    return undefined;
  }

  private report(rel: string, what: string, hint: string): void {
    this.problems.push(problem('structure', rel, `"${rel}" ${what}`, hint));
  }
}
