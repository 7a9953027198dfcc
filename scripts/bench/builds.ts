/**
 * The builds being compared, each run the way a user runs it: the project through its own entry
 * (`node scripts/build.ts`, which `npm run build` runs through the CLI) with the settings in the environment, the
 * baseline through its generated build.mjs, and Starlight with `astro build`. All on the Node running
 * this script.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BENCH_NOW } from './corpus.ts';
import { countHtml, sizeMb } from './output-stats.ts';
import { runMeasured, type Measured } from './run-measured.ts';

export interface BuildResult extends Measured {
  outDir: string;
  /** The machine's 1-minute load average as the build started: other work skews the wall times. */
  loadBefore: number;
  pages: number;
  indexMb: number;
  outMb: number;
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/**
 * `cacheDir` is the build's cache (PRIVACY_CENTER_CACHE): an empty one is a fresh clone's first
 * build, and a rebuild into the same `outDir` with the same one is a user's next build.
 */
export async function buildProject(
  projectRoot: string,
  contentDir: string,
  outDir: string,
  cacheDir: string,
  options: { pdf?: boolean } = {},
): Promise<BuildResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const measured = await runMeasured(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    // The baseline prints no PDFs, so neither do the compared builds: printing is timed on its own
    // (scripts/bench/pdf-cost.ts).
    env: {
      ...env,
      PRIVACY_CENTER_CONTENT: contentDir,
      PRIVACY_CENTER_OUT: outDir,
      PRIVACY_CENTER_NOW: BENCH_NOW,
      PRIVACY_CENTER_PDF: options.pdf === true ? '1' : '0',
      PRIVACY_CENTER_CACHE: cacheDir,
    },
    log: logFile(outDir),
  });
  return withOutput(measured, outDir, loadBefore);
}

export async function buildBaseline(siteDir: string, outDir: string): Promise<BuildResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const measured = await runMeasured(process.execPath, ['build.mjs'], {
    cwd: siteDir,
    env: { ...env, BASELINE_OUT: outDir },
    log: logFile(outDir),
  });
  return withOutput(measured, outDir, loadBefore);
}

export async function buildStarlight(siteDir: string, outDir: string): Promise<BuildResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const measured = await runMeasured(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: siteDir,
    env: { ...env, STARLIGHT_OUT: outDir },
    log: logFile(outDir),
  });
  return withOutput(measured, outDir, loadBefore);
}

/** Each build's log, numbered, so that rebuilds into one folder keep their own. */
const logs = new Map<string, number>();
function logFile(outDir: string): string {
  const n = (logs.get(outDir) ?? 0) + 1;
  logs.set(outDir, n);
  return n === 1 ? `${outDir}.log` : `${outDir}.${n}.log`;
}

function withOutput(measured: Measured, outDir: string, loadBefore: number): BuildResult {
  return {
    ...measured,
    outDir,
    loadBefore,
    pages: countHtml(outDir),
    indexMb: sizeMb(join(outDir, 'pagefind')),
    outMb: sizeMb(outDir),
  };
}
