import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from './process-alive.ts';

/** Renames, or copies when the destination is on another filesystem (EXDEV). */
export function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

/**
 * Removes the work folders in `dir` of builds no longer running (killed mid-way). A work folder is
 * named by its build's pid, alone or followed by `-` and more.
 */
export function removeStaleFolders(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = /^(\d+)(?:-|$)/.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Removes a folder in a process of its own, which goes on after this one ends: the site a build
 * replaced is thousands of files, whose removal would otherwise add about half a second to every
 * rebuild. A removal cut short (the machine stops) leaves the folder to the next build's clean-up.
 */
export function removeInBackground(path: string): void {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })';
  spawn(process.execPath, ['-e', remove, path], { detached: true, stdio: 'ignore' }).unref();
}

/** Why a hard link cannot be made where a copy can: another filesystem, or one without links. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP']);

/**
 * Makes `target` a hard link to `source` or, where no link can be made or `link` is false, a copy.
 * Returns whether it linked, so a caller copying many files stops trying after the first refusal.
 */
export function linkOrCopy(source: string, target: string, link = true): boolean {
  if (link) {
    try {
      linkSync(source, target);
      return true;
    } catch (error) {
      if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  copyFileSync(source, target);
  return false;
}

/**
 * Makes `to` a copy of the folder `from` whose files are hard links to `from`'s: for a folder that is
 * never written again (a finished bundle in a cache), far cheaper than copying.
 */
export function linkTree(from: string, to: string): void {
  let link = true;
  const walk = (source: string, target: string) => {
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      const [s, t] = [join(source, entry.name), join(target, entry.name)];
      if (entry.isDirectory()) walk(s, t);
      else if (entry.isFile()) link = linkOrCopy(s, t, link);
    }
  };
  walk(from, to);
}
