#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node >= 22.18). `npx` starts this file with
// whatever node is on PATH, which may be older, so it re-runs src/cli/main.ts on the project's own
// pinned node (the `node` dev dependency), or on the current one when that is new enough.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 22 || (major === 22 && minor >= 18);
const node = existsSync(pinned) ? pinned : stripsTypes ? process.execPath : undefined;

if (node === undefined) {
  process.stderr.write(
    `privacy-center needs Node 22.18 or newer (this is ${process.version}); run "npm install" to get the pinned one.\n`,
  );
  process.exit(2);
}
const result = spawnSync(node, [join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`privacy-center: could not start ${node}: ${result.error.message}\n`);
  process.exit(2);
}
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 2);
