/**
 * The two builds being compared, each run the way a user runs it: the project through its own
 * entry (`node scripts/build.ts`, what `npm run build` runs) with the settings in the environment,
 * and the baseline through its generated build.mjs. Both on the Node running this script.
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

export async function buildProject(
  projectRoot: string,
  contentDir: string,
  outDir: string,
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
    },
    log: `${outDir}.log`,
  });
  return withOutput(measured, outDir, loadBefore);
}

export async function buildBaseline(siteDir: string, outDir: string): Promise<BuildResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const measured = await runMeasured(process.execPath, ['build.mjs'], {
    cwd: siteDir,
    env: { ...env, BASELINE_OUT: outDir },
    log: `${outDir}.log`,
  });
  return withOutput(measured, outDir, loadBefore);
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
