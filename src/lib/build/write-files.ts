import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { SiteFile } from '../routes/site-file.ts';

/**
 * Writes the site's files (src/lib/routes/files.ts) into the built site. A path that would land
 * outside the folder, or that two files share, is a bug in a URL rule: it stops the build before
 * anything is written. Returns how many files were written.
 */
export function writeSiteFiles(siteDir: string, files: readonly SiteFile[]): number {
  const root = resolve(siteDir);
  const targets = new Map<string, SiteFile>();
  for (const file of files) {
    const target = resolve(join(root, file.path));
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith('..') || file.path.endsWith('/'))
      throw new Error(`The site file "${file.path}" is not a file path inside the site.`);
    if (targets.has(target)) throw new Error(`Two site files share the path "${file.path}".`);
    targets.set(target, file);
  }
  const made = new Set<string>();
  for (const [target, file] of targets) {
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.body());
  }
  return files.length;
}
