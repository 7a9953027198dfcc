import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder of a test run (tests, the builds they start, their browsers) goes into one
 * folder of its own, removed when the run ends: hundreds of tests make folders of their own, and
 * the machine's temporary folder should not keep them.
 */
export default function setup() {
  const before = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-tests-'));
  process.env['TMPDIR'] = dir;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
