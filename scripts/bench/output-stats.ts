/** What a build wrote: pages (HTML files) and the size of its Pagefind index. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function countHtml(dir: string): number {
  return files(dir).filter((f) => f.endsWith('.html')).length;
}

/** Apparent size in MiB (bytes a host serves, like `du -b`), 0 when the folder is missing. */
export function sizeMb(dir: string): number {
  return files(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1024 / 1024;
}

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  } catch {
    return [];
  }
}
