import type { Io } from './args.ts';

/** Below this many steps a bar would only flicker. */
const MIN_STEPS = 20;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal and the work is long, so piped
 * and logged output stays clean. Returns the function to call with the number of steps done.
 */
export function progress(io: Io, total: number, label: string): (done: number) => void {
  if (!io.errIsTTY || total < MIN_STEPS) return () => {};
  return (done) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.err(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) io.err('\r\x1b[K');
  };
}
