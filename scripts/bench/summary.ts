/** Medians over the runs of one corpus size: the numbers the report and the RESULT line print. */
import type { Phase, RouteCost } from './log-phases.ts';

export interface BuildRecord {
  loadBefore: number;
  seconds: number;
  cpuSeconds: number;
  pages: number;
  peakRssMb: number;
  treeRssMb: number;
  indexMb: number;
  outMb: number;
  cpuByProcess: Record<string, number>;
  phases: Phase[];
  routes: RouteCost[];
}

export interface SizeRuns {
  versions: number;
  brands: number;
  corpusMb: number;
  cold: BuildRecord[];
  /** The next build into the same folder with the same cache, nothing changed. */
  warm: BuildRecord[];
  /** The build after that, with one version added. */
  warmOneVersion: BuildRecord[];
  baseline: BuildRecord[];
  starlight: BuildRecord[];
  /** One line per build that failed. */
  failures: string[];
}

/** A build's medians; `routes` are those of the run whose time is the median, so they add up within one build. */
export interface BuildSummary extends BuildRecord {
  pagesPerSecond: number;
}

export interface SizeSummary {
  versions: number;
  brands: number;
  corpusMb: number;
  project: BuildSummary;
  warm: BuildSummary;
  warmOneVersion: BuildSummary;
  baseline: BuildSummary;
  starlight: BuildSummary;
  /** Project (cold) over baseline wall time. */
  ratio: number;
  /** Project (cold) over Starlight wall time. */
  ratioStarlight: number;
  /** Rebuilds over the cold build: unchanged, and with one version added. */
  warmRatio: number;
  warmOneVersionRatio: number;
  /** Project CPU seconds over baseline CPU seconds: the ratio least moved by other work on the machine. */
  cpuRatio: number;
  failures: string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(runs: SizeRuns): SizeSummary {
  const project = summariseBuilds(runs.cold);
  const baseline = summariseBuilds(runs.baseline);
  const starlight = summariseBuilds(runs.starlight);
  const warm = summariseBuilds(runs.warm);
  const warmOneVersion = summariseBuilds(runs.warmOneVersion);
  return {
    versions: runs.versions,
    brands: runs.brands,
    corpusMb: runs.corpusMb,
    project,
    warm,
    warmOneVersion,
    baseline,
    starlight,
    ratio: project.seconds / baseline.seconds,
    ratioStarlight: project.seconds / starlight.seconds,
    warmRatio: warm.seconds / project.seconds,
    warmOneVersionRatio: warmOneVersion.seconds / project.seconds,
    cpuRatio: project.cpuSeconds / baseline.cpuSeconds,
    failures: runs.failures,
  };
}

function summariseBuilds(records: readonly BuildRecord[]): BuildSummary {
  const of = (pick: (r: BuildRecord) => number): number => median(records.map(pick));
  const seconds = of((r) => r.seconds);
  const middle = [...records].sort((a, b) => a.seconds - b.seconds)[Math.floor((records.length - 1) / 2)];
  return {
    loadBefore: of((r) => r.loadBefore),
    seconds,
    cpuSeconds: of((r) => r.cpuSeconds),
    pages: of((r) => r.pages),
    pagesPerSecond: of((r) => r.pages / r.seconds),
    peakRssMb: of((r) => r.peakRssMb),
    treeRssMb: of((r) => r.treeRssMb),
    indexMb: of((r) => r.indexMb),
    outMb: of((r) => r.outMb),
    cpuByProcess: Object.fromEntries(
      [...new Set(records.flatMap((r) => Object.keys(r.cpuByProcess)))].map((name) => [
        name,
        of((r) => r.cpuByProcess[name] ?? 0),
      ]),
    ),
    phases: medianPhases(records),
    routes: middle?.routes ?? [],
  };
}

/** Phases by label in the order the builds log them; a phase missing from a run counts as 0 there. */
function medianPhases(records: readonly BuildRecord[]): Phase[] {
  const labels = [...new Set(records.flatMap((r) => r.phases.map((p) => p.label)))];
  return labels.map((label) => {
    const found = records.map((r) => r.phases.find((p) => p.label === label));
    return {
      label,
      seconds: median(found.map((p) => p?.seconds ?? 0)),
      cpuSeconds: median(found.map((p) => p?.cpuSeconds ?? 0)),
      line: found.find((p) => p !== undefined)?.line ?? '',
    };
  });
}
