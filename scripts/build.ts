// Builds the site into a temporary folder and swaps it into place only when the build succeeded,
// so a failed build never leaves a half-written site where the last good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.env['PRIVACY_CENTER_OUT'] || 'dist');
const staging = `${out}.staging-${process.pid}`;
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

// Large corpora (2,000 versions) take Astro past Node's default heap limit of about 4 GB.
const result = spawnSync(process.execPath, ['--max-old-space-size=8192', astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PRIVACY_CENTER_OUT: staging, PRIVACY_CENTER_DESTINATION: out, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`\nThe build failed; ${existsSync(out) ? `the previous site in ${out} is unchanged` : 'nothing was written'}.\n`);
  process.exit(result.status ?? 1);
}
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
renameSync(staging, out);
rmSync(old, { recursive: true, force: true });
