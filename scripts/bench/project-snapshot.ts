/**
 * A private copy of the project to build from. Astro writes intermediate files into the root's
 * .astro/ and caches into node_modules/.astro/, so a benchmark building in the working tree would
 * collide with any other build there (a developer's `npm test`) and break both. The copy holds the
 * files git would see (tracked and untracked, .gitignore applied) as they are when the benchmark
 * starts, and a node_modules of links to the project's packages, so nothing is installed and all
 * caches stay inside the copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function snapshotProject(projectRoot: string, dest: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of listed.split('\0')) {
    // A tracked file deleted in the working tree is still listed by git: the build never sees it.
    if (file === '' || !existsSync(join(projectRoot, file))) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(projectRoot, file), join(dest, file));
  }
  linkNodeModules(projectRoot, dest);
}

/** node_modules in `dir` whose packages link to the project's, while its dot-folders (caches) are its own. */
export function linkNodeModules(projectRoot: string, dir: string): void {
  const source = join(projectRoot, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(source, entry), join(target, entry), 'dir');
  }
}

/** What a fresh clone lacks: Astro's generated files and content cache, Vite's cache. */
export function clearBuildCaches(root: string): void {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(root, cache), { recursive: true, force: true });
}
