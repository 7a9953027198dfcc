import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The file every built site carries, so a later build knows the folder is one it may replace. */
export const SITE_MARKER = '.privacy-center-site';

/**
 * Why the build must not write its site to `out`, or undefined when it may. The build replaces the
 * output folder as a whole, so a folder that holds anything else (the content, the repository, a
 * folder of someone's files) is refused before anything is deleted.
 */
export function outputFolderProblem(
  out: string,
  guarded: { contentDir: string; projectDir: string },
): { message: string; hint: string } | undefined {
  const target = resolve(out);
  const hint =
    'Set PRIVACY_CENTER_OUT to a new or empty folder, or to a folder an earlier build wrote (dist/ by default).';
  const roots = [
    { path: resolve(guarded.contentDir), what: 'the content folder' },
    { path: resolve(guarded.projectDir), what: 'the project' },
    ...gitRoots(guarded.contentDir).map((path) => ({ path, what: 'the git repository of the content' })),
  ];
  const same = roots.find(({ path }) => path === target);
  if (same) return { message: `The output folder ${target} is ${same.what}.`, hint };
  const inner = roots.find(({ path }) => contains(target, path));
  if (inner) return { message: `The output folder ${target} contains ${inner.what} (${inner.path}).`, hint };
  const content = resolve(guarded.contentDir);
  if (contains(content, target)) {
    return { message: `The output folder ${target} lies inside the content folder ${content}.`, hint };
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return { message: `The output path ${target} is a file, not a folder.`, hint };
  const entries = readdirSync(target);
  // Sites built before the marker existed are recognised by their own folders.
  const earlierSite = ['_astro', 'pagefind', 'index.html'].every((name) => entries.includes(name));
  if (entries.length > 0 && !entries.includes(SITE_MARKER) && !earlierSite) {
    return {
      message: `The output folder ${target} already holds files that no Privacy Center build wrote (it has no ${SITE_MARKER}).`,
      hint,
    };
  }
  return undefined;
}

function contains(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** The git work tree that holds `dir`, if any: found by its .git entry, walking up. */
function gitRoots(dir: string): string[] {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return [current];
    const parent = dirname(current);
    if (parent === current) return [];
    current = parent;
  }
}
