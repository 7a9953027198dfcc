// Builds the site into a staging folder of its own and moves it into place only when the build
// succeeded, so a failed build never leaves a half-written site where the last good one was, and
// two builds at once never share a scratch folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '..');
const out = resolve(process.env['PRIVACY_CENTER_OUT'] || 'dist');
const astro = join(project, 'node_modules/astro/bin/astro.mjs');

// Astro writes its prerender scratch files beside the output folder when that lies inside the
// working directory, and into one shared <cwd>/.astro/ otherwise; a staging folder inside the
// project keeps them per build. Folders left by a killed build are removed here.
const builds = join(project, 'node_modules/.cache/privacy-center/builds');
removeStaleBuilds(builds);
const work = join(builds, String(process.pid));
const staging = join(work, 'site');
mkdirSync(work, { recursive: true });

// Large corpora (2,000 versions) take Astro past Node's default heap limit of about 4 GB.
const result = spawnSync(process.execPath, ['--max-old-space-size=8192', astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: project,
  env: { ...process.env, PRIVACY_CENTER_OUT: staging, PRIVACY_CENTER_DESTINATION: out, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(
    `\nThe build failed; ${existsSync(out) ? `the previous site in ${out} is unchanged` : 'nothing was written'}.\n`,
  );
  process.exit(result.status ?? 1);
}
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
moveFolder(staging, out);
rmSync(old, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

/** Renames, or copies when the destination is on another filesystem (EXDEV). */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, `${to}.partial-${process.pid}`, { recursive: true });
    renameSync(`${to}.partial-${process.pid}`, to);
  }
}

function removeStaleBuilds(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (/^\d+$/.test(name) && !isRunning(Number(name))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
