import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRunning } from '../build/process-alive.ts';

/** A file to write, relative to the content folder. */
export interface StagedFile {
  file: string;
  source: string;
}

const STAGING = /^\.import-(\d+)(-old)?$/;

/**
 * Writes a set of version files all or nothing. The folder they go into (the brand's when it is
 * new, else the policy's) is built complete in a hidden folder of the content folder, which the
 * build ignores, then swapped in by renames: a killed import leaves either the old folder or the
 * new one, never part of a history. What a killed import left is cleaned up by the next one.
 */
export function writeAllOrNothing(contentDir: string, unit: string, files: readonly StagedFile[]): void {
  recover(contentDir);
  const target = join(contentDir, unit);
  const staging = join(contentDir, `.import-${process.pid}`);
  const old = `${staging}-old`;
  rmSync(staging, { recursive: true, force: true });
  if (existsSync(target)) cpSync(target, staging, { recursive: true });
  else mkdirSync(staging, { recursive: true });
  for (const f of files) {
    const path = join(staging, f.file.slice(unit.length + 1));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.source);
  }
  mkdirSync(dirname(target), { recursive: true });
  // The target's path is recorded beside the old copy, so an interrupted swap can be undone.
  writeFileSync(`${old}.target`, unit);
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  rmSync(`${old}.target`, { force: true });
}

/** Finishes or undoes what an import killed half-way left behind. */
function recover(contentDir: string): void {
  if (!existsSync(contentDir)) return;
  for (const name of readdirSync(contentDir)) {
    const match = STAGING.exec(name);
    if (!match || (Number(match[1]) !== process.pid && isRunning(Number(match[1])))) continue;
    const path = join(contentDir, name);
    const note = `${path}.target`;
    if (match[2] !== undefined && existsSync(note)) {
      // The swap stopped between its two renames: the old folder goes back where it was.
      const target = join(contentDir, readFileSync(note, 'utf8'));
      if (!existsSync(target)) renameSync(path, target);
    }
    rmSync(path, { recursive: true, force: true });
    rmSync(note, { force: true });
  }
}
