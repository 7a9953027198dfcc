import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/args.ts';
import { progress } from '../../src/cli/progress.ts';

const io = (errIsTTY: boolean, written: string[]): Io => ({
  cwd: '.',
  env: {},
  out: () => {},
  err: (t) => written.push(t),
  errIsTTY,
});

describe('progress bar', () => {
  it('draws on a terminal for long work and clears itself at the end', () => {
    const written: string[] = [];
    const step = progress(io(true, written), 20, 'reading commits');
    step(10);
    step(20);
    expect(written).toEqual([
      `\rreading commits [${'#'.repeat(15)}${' '.repeat(15)}] 10/20`,
      `\rreading commits [${'#'.repeat(30)}] 20/20`,
      '\r\x1b[K',
    ]);
  });

  it('stays silent when stderr is not a terminal or the work is short', () => {
    const written: string[] = [];
    progress(io(false, written), 100, 'x')(50);
    progress(io(true, written), 5, 'x')(5);
    expect(written).toEqual([]);
  });
});
