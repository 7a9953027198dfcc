/**
 * The output folder's guards, shared by the build and assemble: one writer at a time, and the old
 * site back in place after a writer was killed in the middle of its swap.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './process-alive.ts';

/**
 * Two builds into one destination would replace each other's files: the second waits, and says
 * so. The lock is a file holding the owner's pid, so one left by a killed build is taken over.
 */
export async function lockDestination(dir: string, destination: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, createHash('sha256').update(destination).digest('hex').slice(0, 16));
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(file, 'utf8'));
    if (!isRunning(owner)) {
      rmSync(file, { force: true });
      continue;
    }
    if (!told) process.stderr.write(`Waiting for the build of ${destination} by process ${owner} to finish…\n`);
    told = true;
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** Where a writer puts the new site beside the destination (on its filesystem, so the swap is a rename). */
export const incomingFolder = (destination: string) => `${destination}.new-${process.pid}`;

/**
 * Puts the finished `incoming` folder in the destination's place in one step, keeping the old site
 * aside; returns the old site's folder, for the caller to remove once it is done, or undefined.
 */
export function swapIn(incoming: string, destination: string): string | undefined {
  const old = `${destination}.old-${process.pid}`;
  if (existsSync(destination)) renameSync(destination, old);
  renameSync(incoming, destination);
  return existsSync(old) ? old : undefined;
}

/**
 * A build killed during its swap leaves `<out>.new-<pid>` or `<out>.old-<pid>` beside the output:
 * the old site goes back if the output is missing, and the rest is removed.
 */
export function recoverDestination(destination: string): void {
  const parent = dirname(destination);
  if (!existsSync(parent)) return;
  const prefix = `${basename(destination)}.`;
  for (const name of readdirSync(parent)) {
    const match = /^(new|old)-(\d+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!match || isRunning(Number(match[2]))) continue;
    const path = join(parent, name);
    if (match[1] === 'old' && !existsSync(destination)) renameSync(path, destination);
    else {
      try {
        rmSync(path, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // Still being removed by the build that replaced it (src/lib/build/folders.ts: removeInBackground).
      }
    }
  }
}
