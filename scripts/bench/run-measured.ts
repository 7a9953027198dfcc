/**
 * Runs one build as a child process and measures it: wall time, peak memory, and every output line
 * with the moment it arrived, so the phases of the build can be timed from its log afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { sampleTree } from './process-tree.ts';

export interface LogLine {
  /** Seconds since the process started. */
  at: number;
  /** CPU seconds the process tree had used by then. */
  cpu: number;
  text: string;
}

export interface Measured {
  seconds: number;
  /** Peak RSS of the largest process in the tree, in MiB (the kernel's count through /usr/bin/time when present). */
  peakRssMb: number;
  /** CPU seconds (user + system) of the whole tree, which other load on the machine hardly moves. */
  cpuSeconds: number;
  /** Largest sum of RSS over the whole tree at one moment, in MiB, sampled. */
  treeRssMb: number;
  /** CPU seconds by program, e.g. { "node astro.mjs": 40, "pagefind_extended": 12 }. */
  cpuByProcess: Record<string, number>;
  lines: LogLine[];
}

/** A build that exited with an error; its log stays at `log` and the lines before the exit are in the message. */
export class BuildFailed extends Error {
  readonly log: string;
  constructor(message: string, log: string) {
    super(message);
    this.log = log;
  }
}

// GNU time reports what the kernel counted for the process and every descendant it reaped: %M is the
// peak RSS of the largest of them, %U and %S their CPU seconds.
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const running = new Set<number>();

/** Ends the builds still running, e.g. when the benchmark itself is interrupted. */
export function stopBuilds(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string },
): Promise<Measured> {
  const timeFile = `${options.log}.rss`;
  const [file, argv] = hasTime ? [TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  // Its own process group, so stopBuilds() ends the whole tree (time, wrapper, Astro, Pagefind) at once.
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child.pid ?? 0);
  child.on('exit', () => running.delete(child.pid ?? 0));
  const sampler = sampleTree(child.pid ?? 0, 200);
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream): void => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      const cpu = sampler.cpuNow();
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, cpu, text: plain(text) });
    });
    stream.on('end', () => {
      if (rest !== '')
        lines.push({ at: (performance.now() - started) / 1000, cpu: sampler.cpuNow(), text: plain(rest) });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const usage = sampler.stop();
  writeFileSync(options.log, lines.map((l) => `${l.at.toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  if (code !== 0) {
    // The error lines say why (Astro's, or V8's "heap out of memory"); the last lines say where.
    const errors = lines.filter((l) => /error|heap|killed/i.test(l.text)).slice(0, 5);
    const tail = [...new Set([...errors, ...lines.slice(-5)])].map((l) => `    ${l.text.slice(0, 200)}`).join('\n');
    throw new BuildFailed(`exited with ${code ?? 'a signal'} after ${seconds.toFixed(1)} s:\n${tail}`, options.log);
  }
  // The last line: GNU time puts "Command exited with non-zero status" lines before it.
  const [kb = NaN, user = NaN, system = NaN] = hasTime
    ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  rmSync(timeFile, { force: true });
  const peakKb = kb > 0 ? kb : usage.peakProcessKb;
  // Sampling misses the last moments of each process, GNU time misses processes nobody waited for.
  const cpuSeconds = Math.max(usage.cpuSeconds, user + system || 0);
  return {
    seconds,
    peakRssMb: peakKb / 1024,
    cpuSeconds,
    treeRssMb: usage.peakSumKb / 1024,
    cpuByProcess: usage.cpuByProcess,
    lines,
  };
}

/** Without colour codes, in case FORCE_COLOR is set, so log lines match their patterns. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
