import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isRunning } from './process-alive.ts';

/** Renames, or copies when the destination is on another filesystem (EXDEV). */
export function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Times kept: the next build copies unchanged pages only from files it knows by size and time (page-seeds.ts).
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
  }
}

/**
 * Copies a folder of files (no links) by reading and writing each file: Node's copyFile, which cpSync
 * uses, took 0.7 ms a file on the filesystems measured here against 0.1 ms for the same bytes read
 * and written, and a search bundle is about 200 files.
 */
export function copyFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    if (entry.isDirectory()) mkdirSync(target, { recursive: true });
    else if (entry.isFile()) writeFileSync(target, readFileSync(join(entry.parentPath, entry.name)));
    else throw new Error(`${join(entry.parentPath, entry.name)} is neither a file nor a folder.`);
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
