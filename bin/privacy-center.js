#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node >= 22.18). `npx` starts this file with
// whatever node is on PATH, which may be older, so it re-runs src/cli/main.ts on the pinned node
// (the `node` package, the project's dev dependency or the company's), or on the current one when
// that is new enough. Installed as a dependency, the project lies inside node_modules, where Node
// does not strip types itself: strip-types.js does it, for this process and every one it starts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 22 || (major === 22 && minor >= 18);
const node = pinnedNode(root) ?? (stripsTypes ? process.execPath : undefined);

if (node === undefined) {
  process.stderr.write(
    `privacy-center needs Node 22.18 or newer (this is ${process.version}); run "npm install" to get the pinned one, or "npm install -D node@24" beside privacy-center.\n`,
  );
  process.exit(2);
}
const installed = root.split(sep).includes('node_modules');
const env = installed
  ? {
      ...process.env,
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(join(root, 'bin', 'strip-types.js')).href}`.trim(),
    }
  : process.env;
const result = spawnSync(node, [join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
if (result.error) {
  process.stderr.write(`privacy-center: could not start ${node}: ${result.error.message}\n`);
  process.exit(2);
}
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 2);

/** The `node` package's binary, where Node would find the package: beside the project or above it. */
function pinnedNode(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'node', 'bin', 'node');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
