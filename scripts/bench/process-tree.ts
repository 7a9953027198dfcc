/**
 * Samples the memory of a process and all its descendants from /proc (Linux). The build runs as a
 * tree (npm's node, the build wrapper, Astro, the Pagefind binary), and what a machine must hold is
 * the sum of what is alive at once, which no single process's peak tells.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** Largest sum of VmRSS over the tree at one sample, in KiB; 0 where /proc is missing. */
  peakSumKb: number;
  /** Largest VmHWM (a process's own peak, kept by the kernel) of any process seen, in KiB. */
  peakProcessKb: number;
}

export function sampleTree(rootPid: number, everyMs: number): { stop(): TreeMemory } {
  const memory: TreeMemory = { peakSumKb: 0, peakProcessKb: 0 };
  const sample = (): void => {
    let sum = 0;
    for (const pid of descendants(rootPid)) {
      const status = read(`/proc/${pid}/status`);
      sum += field(status, 'VmRSS');
      memory.peakProcessKb = Math.max(memory.peakProcessKb, field(status, 'VmHWM'));
    }
    memory.peakSumKb = Math.max(memory.peakSumKb, sum);
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return memory;
    },
  };
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    const stat = read(`/proc/${name}/stat`);
    // The command name is in parentheses and may hold spaces, so fields are counted after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isInteger(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
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
