/**
 * Where a build's time goes, read from its log: each phase runs from one milestone line to the next,
 * timed by when the line arrived (Astro's own timestamps only have whole seconds). Lines that an
 * integration logs (`[privacy-center:pagefind] …`) are milestones too, so a phase the project adds
 * later shows up without changing this file.
 */
import type { LogLine } from './run-measured.ts';

export interface Phase {
  label: string;
  seconds: number;
  /** CPU seconds of the whole process tree in the phase: what it costs whatever else runs. */
  cpuSeconds: number;
  /** The milestone line that ended the phase, e.g. with the integration's own count and timing. */
  line: string;
}

export interface RouteCost {
  pattern: string;
  pages: number;
  seconds: number;
}

/** Astro's milestones, each naming the phase that ends where the line appears. */
const ASTRO: readonly [RegExp, string][] = [
  [/\[content\] Syncing content/, 'before content sync'],
  [/\[content\] Synced content/, 'content sync'],
  [/\[types\] Generated/, 'types'],
  [/\[build\] Building static entrypoints/, 'collect build info'],
  [/\[build\] Rearranging server assets/, 'static entrypoints (bundle)'],
  [/generating static routes/, 'rearrange server assets'],
  [/^\S*\s*✓ Completed in/, 'page generation'],
  [/\[build\] \d+ page\(s\) built in/, 'other build:done hooks'],
];
const INTEGRATION = /\[([\w@/-]+:[\w@/:-]+)\]\s*(.*)$/;
const ROUTE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

export function phases(lines: readonly LogLine[], total: { seconds: number; cpuSeconds: number }): Phase[] {
  const result: Phase[] = [];
  const seen = new Map<string, number>();
  let last = 0;
  let lastCpu = 0;
  for (const { at, cpu, text } of lines) {
    const integration = INTEGRATION.exec(text);
    const astro = ASTRO.find(([pattern]) => pattern.test(text));
    const base = astro?.[1] ?? (integration ? `[${integration[1]}]` : undefined);
    if (base === undefined || /├─|└─/.test(text)) continue;
    // A second line with the same label (the project logs more than once) gets its own phase.
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    result.push({
      label: count === 1 ? base : `${base} #${count}`,
      seconds: at - last,
      cpuSeconds: cpu - lastCpu,
      line: text.replace(/^\d\d:\d\d:\d\d\s*/, '').trim(),
    });
    last = at;
    lastCpu = cpu;
  }
  result.push({
    label: 'exit (staging swap, teardown)',
    seconds: total.seconds - last,
    cpuSeconds: Math.max(0, total.cpuSeconds - lastCpu),
    line: '',
  });
  return result;
}

/**
 * Page generation by route shape: Astro logs each written file with the time since the previous
 * one, so summing them per URL pattern shows which page types the time goes to.
 */
export function routeCosts(lines: readonly LogLine[]): RouteCost[] {
  const costs = new Map<string, RouteCost>();
  for (const { text } of lines) {
    const match = ROUTE.exec(text);
    if (!match) continue;
    const pattern = routePattern(match[1]!);
    const cost = costs.get(pattern) ?? { pattern, pages: 0, seconds: 0 };
    cost.pages++;
    cost.seconds += Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
    costs.set(pattern, cost);
  }
  return [...costs.values()].sort((a, b) => b.seconds - a.seconds);
}

/** /brand-001/privacy/2020-01-01/index.html → /<brand>/<policy>/<date>/index.html */
function routePattern(path: string): string {
  const parts = path.split('/');
  const brand = parts.findIndex((p) => /^brand-\d+$/.test(p));
  return parts
    .map((part, i) => {
      if (i === brand) return '<brand>';
      if (
        i === brand + 1 &&
        brand >= 0 &&
        (parts[i + 1] ?? '') !== '' &&
        !/^(search|feeds?|changes|history|compare)$/.test(part)
      )
        return '<policy>';
      return part.replace(/\d{4}-\d{2}-\d{2}/g, '<date>');
    })
    .join('/');
}
