import { join, relative, resolve } from 'node:path';

/**
 * Where a file of the site lies under `root`, from its path in the site (`/a/b.json` or `a/b.json`).
 * A path that would land outside the folder, or that names a folder, is a bug in a URL rule: it
 * throws, so nothing is written or linked there.
 */
export function sitePath(root: string, path: string): string {
  const target = resolve(join(root, path));
  const inside = relative(resolve(root), target);
  if (inside === '' || inside.startsWith('..') || path.endsWith('/'))
    throw new Error(`The site file "${path}" is not a file path inside the site.`);
  return target;
}
