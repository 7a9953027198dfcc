import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { heapFlags } from './settings.ts';

describe('heapFlags', () => {
  it('gives Node 8 GB unless NODE_OPTIONS names a limit, which the flag would otherwise override', () => {
    expect(heapFlags(undefined)).toEqual(['--max-old-space-size=8192']);
    expect(heapFlags('--enable-source-maps')).toEqual(['--max-old-space-size=8192']);
    expect(heapFlags('--enable-source-maps --max-old-space-size=24000')).toEqual([]);
    // Node itself: the flag on the command line beats NODE_OPTIONS, so it must be left out.
    const limit = (flags: string[]) =>
      Number(
        execFileSync(process.execPath, [...flags, '-p', 'require("v8").getHeapStatistics().heap_size_limit'], {
          env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=9000' },
        }).toString(),
      ) /
      2 ** 20;
    expect(limit(['--max-old-space-size=8192'])).toBeLessThan(9000);
    expect(limit(heapFlags('--max-old-space-size=9000'))).toBeGreaterThanOrEqual(9000);
  });
});
