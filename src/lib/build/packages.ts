import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The folder of an installed package, found as Node finds it: in the project's node_modules, then
 * in those of the folders above. In a clone that is the project's own; when the project is itself
 * installed as a company's dependency, npm puts the packages it needs beside it.
 */
export function packageDir(name: string, projectDir: string): string | undefined {
  for (let dir = projectDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** An installed package's folder, or an error naming it that says how to install it. */
export function requirePackageDir(name: string, projectDir: string): string {
  const dir = packageDir(name, projectDir);
  if (dir === undefined)
    throw new Error(`The package "${name}" is not installed beside ${projectDir}; run "npm ci" (or "npm install").`);
  return dir;
}

/**
 * Where the build keeps its caches when PRIVACY_CENTER_CACHE is not set: node_modules/.cache, the
 * usual place for tools' caches. A clone has its own node_modules; an installed copy of the project
 * lies inside the company's node_modules and uses that one, so `npm ci` there starts afresh.
 */
export function defaultCacheRoot(projectDir: string): string {
  const parent = dirname(projectDir);
  const modules = basename(parent) === 'node_modules' ? parent : join(projectDir, 'node_modules');
  return join(modules, '.cache', 'privacy-center');
}
