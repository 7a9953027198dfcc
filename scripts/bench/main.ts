/**
 * `npm run bench`: builds generated corpora of several sizes with the project and with a bare
 * Astro + Pagefind site of the same pages, alternating the two so that machine noise hits both
 * alike, and reports medians, growth per size, where the time goes, and a RESULT line.
 * Not part of `npm test`: it takes minutes. `--quick` checks in about a minute that it works.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBaselineSite } from './baseline-site.ts';
import { buildBaseline, buildProject, buildStarlight, type BuildResult } from './builds.ts';
import { addVersion, BENCH_NOW, writeCorpus } from './corpus.ts';
import { measurePdfCost } from './pdf-cost.ts';
import { phases, routeCosts } from './log-phases.ts';
import { BuildFailed, stopBuilds } from './run-measured.ts';
import { HELP, readOptions, type BenchOptions } from './options.ts';
import { clearBuildCaches, snapshotProject } from './project-snapshot.ts';
import { clearStarlightCaches, installStarlight, writeStarlightSite } from './starlight-site.ts';
import { printReport, resultLine } from './report.ts';
import { summarise, type BuildRecord, type SizeRuns, type SizeSummary } from './summary.ts';
import { readTextPool, type TextPool } from './text-pool.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  let options: BenchOptions | 'help';
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(HELP);
    return;
  }
  const pool = readTextPool(projectRoot);
  const work = mkdtempSync(join(tmpdir(), 'privacy-center-bench-'));
  console.log(
    `Working in ${work}${options.keep ? ' (kept afterwards)' : ''}; sizes ${options.sizes.join(', ')} versions, ${options.runs} run(s) each.`,
  );
  // Interrupted: the builds run in their own process groups, so end them and leave no folder behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopBuilds();
      if (!options.keep) rmSync(work, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  try {
    const project = join(work, 'project');
    snapshotProject(projectRoot, project);
    const starlight = join(work, 'starlight');
    const peer = installStarlight(starlight, projectRoot);
    console.log(`Installed Starlight ${peer.starlight} with Astro ${peer.astro} into ${starlight}.`);
    const sizes: SizeSummary[] = [];
    for (const versions of options.sizes)
      sizes.push(
        summarise(await benchSize(versions, options, pool, { project, starlight }, join(work, `size-${versions}`))),
      );
    const headline = sizes.reduce((best, s) =>
      Math.abs(s.versions - options.headline) < Math.abs(best.versions - options.headline) ? s : best,
    );
    const context = {
      runs: options.runs,
      policies: options.policies,
      versions: options.versions,
      chars: options.chars,
      seed: options.seed,
      now: BENCH_NOW,
    };
    const pdf = await measurePdfCost(project, pool, join(work, 'pdf'), { chars: options.chars, seed: options.seed });
    printReport(sizes, headline, { ...context, starlight: peer.starlight }, pdf);
    console.log(resultLine(sizes, headline, { ...context, starlight: peer.starlight }, pdf));
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

async function benchSize(
  versions: number,
  options: BenchOptions,
  pool: TextPool,
  sites: { project: string; starlight: string },
  dir: string,
): Promise<SizeRuns> {
  const { project } = sites;
  const corpus = join(dir, 'corpus');
  const shape = {
    versions,
    policiesPerBrand: options.policies,
    versionsPerPolicy: options.versions,
    chars: options.chars,
    seed: options.seed,
  };
  const written = writeCorpus(corpus, shape, pool);
  const baselineSite = join(dir, 'baseline-site');
  writeBaselineSite(baselineSite, corpus, projectRoot);
  const starlightSite = sites.starlight;
  writeStarlightSite(starlightSite, corpus);
  console.log(
    `\n${versions} versions: ${written.brands} brands, ${written.policies} policies, ${(written.chars / 1e6).toFixed(1)} M characters of MDX.`,
  );
  const runs: SizeRuns = {
    versions,
    brands: written.brands,
    corpusMb: written.chars / 1e6,
    cold: [],
    warm: [],
    warmOneVersion: [],
    baseline: [],
    starlight: [],
    failures: [],
  };
  // A failed build (say, out of memory at the largest size) is a result too: it is reported, the
  // other sizes still run, and that kind of build is not retried at this size.
  const failed = new Set<string>();
  const attempt = async (
    kind: 'project' | 'baseline' | 'starlight',
    label: string,
    into: BuildRecord[],
    build: () => Promise<BuildResult>,
    discard: boolean,
  ): Promise<void> => {
    if (failed.has(kind)) return;
    try {
      into.push(await measure(label, build, discard));
    } catch (error) {
      if (!(error instanceof BuildFailed)) throw error;
      failed.add(kind);
      const log = join(tmpdir(), `privacy-center-bench-failed-${versions}-${kind}.log`);
      copyFileSync(error.log, log);
      runs.failures.push(`${versions} versions, ${label}: ${error.message.split('\n')[0]} (log: ${log})`);
      console.log(`  ${label}: FAILED, ${error.message}\n  log: ${log}`);
    }
  };
  const discard = !options.keep;
  for (let run = 1; run <= options.runs; run++) {
    const runDir = join(dir, `run-${run}`);
    mkdirSync(runDir, { recursive: true });
    // Cold is a fresh clone's first build: no Astro or Vite files in the project, an empty cache.
    // Then a user's next builds into the same folder with the same cache: unchanged, and with one
    // version added (removed again before the next run).
    const site = join(runDir, 'project');
    const cache = join(runDir, 'project-cache');
    clearBuildCaches(project);
    await attempt(
      'project',
      `run ${run} project (cold)`,
      runs.cold,
      () => buildProject(project, corpus, site, cache),
      false,
    );
    await attempt(
      'project',
      `run ${run} project (warm, unchanged)`,
      runs.warm,
      () => buildProject(project, corpus, site, cache),
      false,
    );
    const added = addVersion(corpus);
    try {
      await attempt(
        'project',
        `run ${run} project (warm, one version added)`,
        runs.warmOneVersion,
        () => buildProject(project, corpus, site, cache),
        discard,
      );
    } finally {
      rmSync(added);
    }
    if (discard) rmSync(cache, { recursive: true, force: true });
    clearBuildCaches(baselineSite);
    await attempt(
      'baseline',
      `run ${run} baseline`,
      runs.baseline,
      () => buildBaseline(baselineSite, join(runDir, 'baseline')),
      discard,
    );
    clearStarlightCaches(starlightSite);
    await attempt(
      'starlight',
      `run ${run} Starlight`,
      runs.starlight,
      () => buildStarlight(starlightSite, join(runDir, 'starlight')),
      discard,
    );
  }
  return runs;
}

/** Runs one build, logs one progress line, keeps the numbers and (when told) frees the output's disk. */
async function measure(label: string, build: () => Promise<BuildResult>, discard: boolean): Promise<BuildRecord> {
  const result = await build();
  console.log(
    `  ${label}: ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds.toFixed(1)} s, load ${result.loadBefore.toFixed(1)}), ${result.pages} pages, peak ${result.peakRssMb.toFixed(0)} MB (tree ${result.treeRssMb.toFixed(0)} MB), index ${result.indexMb.toFixed(1)} MB`,
  );
  const { lines, outDir, ...numbers } = result;
  const record = { ...numbers, phases: phases(lines, result), routes: routeCosts(lines) };
  if (discard) rmSync(outDir, { recursive: true, force: true });
  return record;
}

await main();
