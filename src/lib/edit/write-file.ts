import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Raised instead of replacing a file the editor did not ask to replace. */
export class FileExistsError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`${path} already exists; pass --force to replace it.`);
    this.name = 'FileExistsError';
    this.path = path;
  }
}

/**
 * Writes a file so that readers never see half of it: the text goes to a temporary file in the
 * same folder, which then takes the final name. Without `force` the final name is taken with a
 * hard link, which fails if the file appeared meanwhile, so an existing file is never replaced.
 */
export function writeFileAtomic(path: string, text: string, force = false): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    if (force) renameSync(temp, path);
    else linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
