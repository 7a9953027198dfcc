/**
 * The report: a table per size for people, growth per 1,000 versions (a linear build keeps these
 * flat), where the project's time goes, and the RESULT line that tools read (always printed last).
 */
import { availableParallelism } from 'node:os';
import type { PdfCost } from './pdf-cost.ts';
import { median, type BuildSummary, type SizeSummary } from './summary.ts';

export interface ReportContext {
  runs: number;
  policies: number;
  versions: number;
  chars: number;
  seed: number;
  now: string;
  /** The Starlight version measured beside the project. */
  starlight: string;
}

const fixed = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const round = (n: number, digits = 2): number | null => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function printReport(
  sizes: readonly SizeSummary[],
  headline: SizeSummary,
  context: ReportContext,
  pdf: PdfCost | undefined,
): void {
  const out: string[] = [];
  out.push(
    '',
    `Privacy Center build benchmark: Node ${process.version}, ${context.runs} run(s) of each build per size, medians; statuses as of ${context.now}`,
  );
  out.push(
    `Corpus: brands × ${context.policies} policies × ${context.versions} versions of ~${context.chars} characters (seed ${context.seed}); baseline = the same version pages in a bare Astro + MDX + Pagefind site.`,
    '',
  );
  out.push(
    table(
      [
        'versions',
        'brands',
        'pages',
        'project s',
        'warm s',
        '+1 version s',
        'baseline s',
        'Starlight s',
        'ratio',
        'vs Starlight',
        'warm ratio',
        '+1 ratio',
        'project CPU s',
        'base CPU s',
        'CPU ratio',
        'pages/s',
        'base pages/s',
      ],
      sizes.map((s) => [
        String(s.versions),
        String(s.brands),
        String(s.project.pages),
        fixed(s.project.seconds),
        fixed(s.warm.seconds),
        fixed(s.warmOneVersion.seconds),
        fixed(s.baseline.seconds),
        fixed(s.starlight.seconds),
        fixed(s.ratio, 2),
        fixed(s.ratioStarlight, 2),
        fixed(s.warmRatio, 2),
        fixed(s.warmOneVersionRatio, 2),
        fixed(s.project.cpuSeconds),
        fixed(s.baseline.cpuSeconds),
        fixed(s.cpuRatio, 2),
        fixed(s.project.pagesPerSecond),
        fixed(s.baseline.pagesPerSecond),
      ]),
    ),
    '',
    table(
      [
        'versions',
        'peak MB',
        'base peak MB',
        'Starlight peak MB',
        'tree MB',
        'base tree MB',
        'index MB',
        'base index MB',
        'out MB',
        'base out MB',
      ],
      sizes.map((s) => [
        String(s.versions),
        fixed(s.project.peakRssMb, 0),
        fixed(s.baseline.peakRssMb, 0),
        fixed(s.starlight.peakRssMb, 0),
        fixed(s.project.treeRssMb, 0),
        fixed(s.baseline.treeRssMb, 0),
        fixed(s.project.indexMb),
        fixed(s.baseline.indexMb),
        fixed(s.project.outMb, 0),
        fixed(s.baseline.outMb, 0),
      ]),
    ),
  );
  out.push(
    '',
    'ratio: project / baseline wall time; vs Starlight: project / Starlight ' +
      `${context.starlight} (its defaults, on the same pages). CPU s: user + system seconds of the whole process tree, which other load on the machine hardly moves.`,
  );
  out.push(
    "project s is a fresh clone's first build (no .astro, no node_modules/.astro, an empty cache); warm s the next build into the same folder with nothing changed, +1 version s the one after with one version added; warm ratio and +1 ratio divide them by project s.",
  );
  out.push(
    "peak MB: largest single process (kernel peak RSS); tree MB: largest sum over the build's process tree at one moment (sampled every 0.2 s).",
  );
  const load = machineLoad(sizes);
  const cpus = availableParallelism();
  out.push(
    `Load: median 1-minute load average ${fixed(load, 2)} as builds started, on ${cpus} CPUs.${load > cpus / 4 ? ' Other processes were busy: timings are noisy, compare the ratio rather than seconds.' : ''}`,
    '',
  );
  out.push('Growth per 1,000 versions (flat = linear):');
  out.push(
    table(
      [
        'versions',
        'project s/1k',
        'baseline s/1k',
        'project CPU s/1k',
        'base CPU s/1k',
        'project pages/1k',
        'peak MB/1k',
        'base peak MB/1k',
        'index MB/1k',
      ],
      sizes.map((s) => {
        const k = s.versions / 1000;
        return [
          String(s.versions),
          fixed(s.project.seconds / k),
          fixed(s.baseline.seconds / k),
          fixed(s.project.cpuSeconds / k),
          fixed(s.baseline.cpuSeconds / k),
          fixed(s.project.pages / k, 0),
          fixed(s.project.peakRssMb / k, 0),
          fixed(s.baseline.peakRssMb / k, 0),
          fixed(s.project.indexMb / k, 2),
        ];
      }),
    ),
  );
  out.push(
    '',
    ...phaseTable(`Where the project's time goes at ${headline.versions} versions (cold build):`, headline.project),
  );
  out.push(
    "A phase runs from one log line's arrival to the next; Astro's own figures in the lines count from earlier starts.",
  );
  out.push('', ...routeTable(headline.project));
  out.push('', ...phaseTable(`Baseline at ${headline.versions} versions:`, headline.baseline));
  const failures = sizes.flatMap((s) => s.failures);
  if (failures.length > 0) out.push('', 'Failed builds (left out of the medians):', ...failures.map((f) => `  ${f}`));
  out.push(
    '',
    pdf
      ? `PDF step (left out of the builds above): ${pdf.printed} PDFs for ${pdf.versions} versions in ${fixed(pdf.seconds)} s, ${fixed(pdf.msEach, 0)} ms each, ${fixed(pdf.secondsPerVersion, 2)} s per version (its page and its redline).`
      : 'PDF step: not measured (the build found no browser to print with).',
  );
  console.log(out.join('\n'));
}

function phaseTable(title: string, build: BuildSummary): string[] {
  const percent = (part: number, whole: number): string => `${fixed((100 * part) / whole, 0)}%`;
  const programs = Object.entries(build.cpuByProcess)
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  return [
    title,
    table(
      ['phase (ends with the log line shown)', 'wall s', 'share', 'CPU s', 'share', 'log line'],
      build.phases.map((p) => [
        p.label,
        fixed(p.seconds, 2),
        percent(p.seconds, build.seconds),
        fixed(p.cpuSeconds, 2),
        percent(p.cpuSeconds, build.cpuSeconds),
        p.line.slice(0, 90),
      ]),
    ),
    `CPU by program: ${programs.map(([name, s]) => `${name} ${fixed(s)} s`).join(', ')}`,
  ];
}

function routeTable(build: BuildSummary): string[] {
  const total = build.routes.reduce((sum, r) => sum + r.seconds, 0);
  return [
    `Page generation by route (sum of Astro's per-file times, ${fixed(total)} s in all):`,
    table(
      ['route', 'files', 'seconds', 'ms/file', 'share'],
      build.routes.map((r) => [
        r.pattern,
        String(r.pages),
        fixed(r.seconds, 2),
        fixed((1000 * r.seconds) / r.pages, 1),
        `${fixed((100 * r.seconds) / total, 0)}%`,
      ]),
    ),
  ];
}

function machineLoad(sizes: readonly SizeSummary[]): number {
  return median(
    sizes
      .flatMap((s) => [s.project.loadBefore, s.warm.loadBefore, s.baseline.loadBefore, s.starlight.loadBefore])
      .filter(Number.isFinite),
  );
}

export function resultLine(
  sizes: readonly SizeSummary[],
  headline: SizeSummary,
  context: ReportContext,
  pdf: PdfCost | undefined,
): string {
  const row = (s: SizeSummary) => ({
    versions: s.versions,
    brands: s.brands,
    pages: s.project.pages,
    baseline_pages: s.baseline.pages,
    project_s: round(s.project.seconds),
    project_warm_s: round(s.warm.seconds),
    warm_one_version_s: round(s.warmOneVersion.seconds),
    warm_ratio: round(s.warmRatio, 3),
    warm_one_version_ratio: round(s.warmOneVersionRatio, 3),
    baseline_s: round(s.baseline.seconds),
    starlight_s: round(s.starlight.seconds),
    ratio: round(s.ratio),
    ratio_starlight: round(s.ratioStarlight),
    project_cpu_s: round(s.project.cpuSeconds),
    baseline_cpu_s: round(s.baseline.cpuSeconds),
    cpu_ratio: round(s.cpuRatio),
    pages_per_s: round(s.project.pagesPerSecond, 1),
    baseline_pages_per_s: round(s.baseline.pagesPerSecond, 1),
    s_per_1000_versions: round((1000 * s.project.seconds) / s.versions),
    baseline_s_per_1000_versions: round((1000 * s.baseline.seconds) / s.versions),
    peak_rss_mb: round(s.project.peakRssMb, 0),
    baseline_peak_rss_mb: round(s.baseline.peakRssMb, 0),
    starlight_peak_rss_mb: round(s.starlight.peakRssMb, 0),
    rss_ratio: round(s.project.peakRssMb / s.baseline.peakRssMb),
    tree_rss_mb: round(s.project.treeRssMb, 0),
    baseline_tree_rss_mb: round(s.baseline.treeRssMb, 0),
    index_mb: round(s.project.indexMb),
    baseline_index_mb: round(s.baseline.indexMb),
    out_mb: round(s.project.outMb, 1),
    baseline_out_mb: round(s.baseline.outMb, 1),
    ...(s.failures.length > 0 ? { failures: s.failures } : {}),
  });
  const build = headline.project;
  const phases = Object.fromEntries(build.phases.map((p) => [p.label, round(p.seconds)]));
  const phasesCpu = Object.fromEntries(build.phases.map((p) => [p.label, round(p.cpuSeconds)]));
  const cpuByProcess = Object.fromEntries(Object.entries(build.cpuByProcess).map(([name, s]) => [name, round(s)]));
  const machine = {
    runs: context.runs,
    starlight: context.starlight,
    node: process.version,
    cpus: availableParallelism(),
    load_avg: round(machineLoad(sizes)),
  };
  const printing = {
    pdf_ms_each: pdf ? round(pdf.msEach, 0) : null,
    pdf_s_per_version: pdf ? round(pdf.secondsPerVersion) : null,
  };
  return `RESULT ${JSON.stringify({ ...row(headline), ...machine, ...printing, phases, phases_cpu: phasesCpu, cpu_by_process: cpuByProcess, sizes: sizes.map(row) })}`;
}
