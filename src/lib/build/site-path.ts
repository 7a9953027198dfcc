import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where a file of the site lies under `root`, from its path in the site (`/a/b.json` or `a/b.json`).
 * A path that is not in plain form (an empty, `.` or `..` part: it could land outside the folder, or
 * name a folder) is a bug in a URL rule: it throws, so nothing is written or linked there. Checked by
 * its parts rather than by resolving it, since a rebuild asks for every file of the site.
 */
export function sitePath(root: string, path: string): string {
  const inside = path.startsWith('/') ? path.slice(1) : path;
  if (inside === '' || inside.split('/').some((part) => part === '' || part === '.' || part === '..'))
    throw new Error(`The site file "${path}" is not a file path inside the site.`);
  return isAbsolute(root) ? join(root, inside) : resolve(root, inside);
}
