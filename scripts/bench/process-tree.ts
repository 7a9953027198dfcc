/**
 * Samples the memory and CPU time of a process and all its descendants from /proc (Linux). The
 * build runs as a tree (the build wrapper, Astro, the Pagefind binary), and what a machine must hold
 * is the sum of what is alive at once, which no single process's peak tells. CPU time is summed
 * here too because Pagefind's binary is killed, not waited for, when indexing ends, so the kernel
 * never adds its CPU time to the build's (GNU time's %U and %S miss it); and CPU time, unlike wall
 * time, hardly changes when other work shares the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface TreeUsage {
  /** Largest sum of VmRSS over the tree at one sample, in KiB; 0 where /proc is missing. */
  peakSumKb: number;
  /** Largest VmHWM (a process's own peak, kept by the kernel) of any process seen, in KiB. */
  peakProcessKb: number;
  /** User + system seconds of every process seen, as of its last sample. */
  cpuSeconds: number;
  /** The same by program ("node astro.mjs", "pagefind_extended"). */
  cpuByProcess: Record<string, number>;
}

export interface TreeSampler {
  /** CPU seconds of the tree so far, sampled afresh unless the last sample is recent. */
  cpuNow(): number;
  stop(): TreeUsage;
}

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture.
const TICKS_PER_SECOND = 100;
// A sample costs a few milliseconds (it reads /proc for every process), so at most ten a second.
const FRESH_MS = 100;

export function sampleTree(rootPid: number, everyMs: number): TreeSampler {
  const usage: TreeUsage = { peakSumKb: 0, peakProcessKb: 0, cpuSeconds: 0, cpuByProcess: {} };
  const ticks = new Map<number, number>();
  const names = new Map<number, string>();
  let sampledAt = 0;
  const sample = (): void => {
    let sum = 0;
    for (const [pid, own] of tree(rootPid)) {
      ticks.set(pid, own);
      // Read every time: a child seen between fork and exec still shows its parent's command line.
      const name = programName(pid);
      if (name !== '') names.set(pid, name);
      const status = read(`/proc/${pid}/status`);
      sum += field(status, 'VmRSS');
      usage.peakProcessKb = Math.max(usage.peakProcessKb, field(status, 'VmHWM'));
    }
    usage.peakSumKb = Math.max(usage.peakSumKb, sum);
    sampledAt = performance.now();
  };
  const total = (): number => [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    cpuNow: () => {
      if (performance.now() - sampledAt > FRESH_MS) sample();
      return total();
    },
    stop: () => {
      clearInterval(timer);
      usage.cpuSeconds = total();
      for (const [pid, own] of ticks) {
        const name = names.get(pid) ?? 'other';
        usage.cpuByProcess[name] = (usage.cpuByProcess[name] ?? 0) + own / TICKS_PER_SECOND;
      }
      return usage;
    },
  };
}

/** The root and its descendants, each with its own CPU ticks so far (utime + stime). */
function tree(root: number): Map<number, number> {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map();
  }
  for (const name of entries) {
    const stat = read(`/proc/${name}/stat`);
    // The command name is in parentheses and may hold spaces, so fields are counted after the last ')':
    // [1] is the parent, [11] and [12] the user and system ticks (fields 4, 14 and 15 of proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    if (!Number.isInteger(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
  }
  const members = [root];
  for (let i = 0; i < members.length; i++) members.push(...(children.get(members[i]!) ?? []));
  return new Map(members.map((pid) => [pid, ticks.get(pid) ?? 0]));
}

/** "pagefind_extended", or for node the script it runs ("node astro.mjs"); '' once the process is gone. */
function programName(pid: number): string {
  const [program = '', script] = read(`/proc/${pid}/cmdline`).split('\0');
  const name = basename(program);
  return name === 'node' && script !== undefined && !script.startsWith('-') ? `node ${basename(script)}` : name;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}

function field(status: string, name: string): number {
  return Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}
