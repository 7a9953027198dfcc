// Builds the site into a staging folder of its own and moves it into place only when the build
// succeeded, so a failed build never leaves a half-written site where the last good one was, and
// two builds at once never share a scratch folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { outputFolderProblem, SITE_MARKER } from '../src/lib/build/output-folder.ts';
import { moveFolder, removeInBackground, removeStaleFolders } from '../src/lib/build/folders.ts';
import { incomingFolder, lockDestination, recoverDestination, swapIn } from '../src/lib/build/destination.ts';
import { defaultCacheRoot, requirePackageDir } from '../src/lib/build/packages.ts';
import { compileCacheEnv, compileCacheFull, heapFlags, readSettings } from '../src/lib/build/settings.ts';
import { planKeeping, recordKept } from '../src/lib/build/kept-files.ts';
import { buildInputs, isUpToDate, recordBuild, renderInputs, scanOutput } from '../src/lib/build/up-to-date.ts';

const project = resolve(import.meta.dirname, '..');
const out = resolve(process.env['PRIVACY_CENTER_OUT'] || 'dist');
const contentDir = resolve(process.env['PRIVACY_CENTER_CONTENT'] || 'content');
const astro = join(requirePackageDir('astro', project), 'bin/astro.mjs');

const refused = outputFolderProblem(out, { contentDir, projectDir: project });
if (refused) {
  process.stderr.write(
    `\nPRIVACY_CENTER_OUT: ${refused.message}\n  Fix: ${refused.hint}\nNothing was written or deleted.\n`,
  );
  process.exit(1);
}

// Astro writes its prerender scratch files beside the output folder when that lies inside the
// working directory, and into one shared <cwd>/.astro/ otherwise; a staging folder inside the
// project keeps them per build. Folders left by a killed build are removed here.
const builds = join(defaultCacheRoot(project), 'builds');
removeStaleFolders(builds);
recoverDestination(out);
const lock = await lockDestination(join(builds, 'locks'), out);

// `--shard 2/4` and `--brands beiye,yhd` are this script's: they set PRIVACY_CENTER_SHARD.
const { args, shard } = shardArguments(process.argv.slice(2));
if (shard !== undefined) process.env['PRIVACY_CENTER_SHARD'] = shard;
const settings = readSettings(process.env, process.cwd());
const day = settings.options.now;
const render = renderInputs({ projectDir: project, env: process.env, args });
const record = join(builds, 'done', basename(lock));
const force = args.includes('--force');
const work = join(builds, String(process.pid));
const staging = join(work, 'site');
mkdirSync(work, { recursive: true });
// Pages and files unchanged since the published build are linked from it rather than made again
// (src/lib/build/kept-files.ts): the plan names the published files and their keys.
const keptRecord = join(builds, 'kept', basename(lock));
const keys = join(work, 'keys.json');
const plan = join(work, 'keep.json');
writeFileSync(plan, JSON.stringify(planKeeping({ record: keptRecord, out, render, force, keys })));

const compiled = compileCacheEnv(process.env, settings.options.cacheDir ?? defaultCacheRoot(project));
const astroRun = spawn(process.execPath, [...heapFlags(process.env['NODE_OPTIONS']), astro, 'build', ...args], {
  stdio: 'inherit',
  cwd: project,
  env: {
    ...process.env,
    // The day the inputs were read for, so that a build at midnight records the day it computed.
    PRIVACY_CENTER_NOW: day,
    PRIVACY_CENTER_CONTENT: contentDir,
    PRIVACY_CENTER_OUT: staging,
    PRIVACY_CENTER_DESTINATION: out,
    PRIVACY_CENTER_KEEP: plan,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...compiled,
  },
});
const exited = new Promise<{ status: number | null }>((done) => {
  astroRun.once('exit', (status) => done({ status }));
  astroRun.once('error', () => done({ status: 1 }));
});

// A site already built from the same content, code and settings, for the same day, and untouched
// since, is left as it is (src/lib/build/up-to-date.ts); `--force` builds it again from nothing.
// The content is hashed for that while Astro starts (about a second of loading before it reads the
// content), and Astro is stopped when the site is up to date, before it has written anything.
const inputs = buildInputs({ contentDir, now: day, render });
if (settings.problems.length === 0 && !force && isUpToDate(record, out, inputs)) {
  astroRun.kill('SIGKILL');
  await exited;
  rmSync(work, { recursive: true, force: true });
  rmSync(lock, { force: true });
  process.stdout.write(
    `The site in ${out} is up to date: its content, code and settings are those it was built from, for ${day}. Nothing was written; run with --force to build it again.\n`,
  );
  process.exit(0);
}
const result = await exited;

if (result.status !== 0) {
  rmSync(work, { recursive: true, force: true });
  rmSync(lock, { force: true });
  process.stderr.write(
    `\nThe build failed; ${existsSync(out) ? `the previous site in ${out} is unchanged` : 'nothing was written'}.\n`,
  );
  process.exit(result.status ?? 1);
}
writeFileSync(join(staging, SITE_MARKER), 'Built by Privacy Center: a later build replaces this folder.\n');
const incoming = incomingFolder(out);
try {
  // The output may lie in a folder that does not exist yet (out/shard-1).
  mkdirSync(dirname(out), { recursive: true });
  moveFolder(staging, incoming);
} catch (error) {
  rmSync(incoming, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  rmSync(lock, { force: true });
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `\nThe site could not be copied to ${out} (${reason}); ${existsSync(out) ? 'the previous site there is unchanged' : 'nothing was written'}.\n`,
  );
  process.exit(1);
}
const old = swapIn(incoming, out);
// The placed site is looked at once, for both records.
const scan = (() => {
  try {
    return scanOutput(out);
  } catch {
    return undefined;
  }
})();
try {
  recordBuild(record, out, inputs, scan);
} catch {
  // Without a record the next build builds again: only a speed-up lost.
}
try {
  recordKept(keptRecord, out, render, keys, scan?.stats);
} catch {
  // Without it the next build makes every page and file again: only a speed-up lost.
  rmSync(keptRecord, { force: true });
}
// The new site is in place: the old one is removed while the caller goes on.
if (old !== undefined) removeInBackground(old);
if (compiled.NODE_COMPILE_CACHE !== undefined && compileCacheFull(compiled.NODE_COMPILE_CACHE))
  removeInBackground(compiled.NODE_COMPILE_CACHE);
rmSync(work, { recursive: true, force: true });
rmSync(lock, { force: true });

/** The arguments for Astro, and the shard that `--shard <i>/<n>` or `--brands <ids>` names. */
function shardArguments(argv: string[]): { args: string[]; shard: string | undefined } {
  const args: string[] = [];
  let shard: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(shard|brands)(?:=(.*))?$/.exec(argv[i]!);
    if (!match) {
      args.push(argv[i]!);
      continue;
    }
    shard = match[2] ?? argv[++i];
    if (shard === undefined || shard === '') {
      process.stderr.write(`--${match[1]} needs a value, e.g. --shard 2/4 or --brands beiye,yhd.\n`);
      process.exit(2);
    }
  }
  return { args, shard };
}
