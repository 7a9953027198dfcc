import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageDir } from './packages.ts';

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * A key for the code that produced a cached result: the source of `entry` and of every module it
 * imports, followed through relative imports, and the version of every package among them (jsdiff,
 * the parsers). Any change to that code or those versions gives a new key, so a cache built by older
 * code is never read. `projectDir` is the project, whose packages are found as Node finds them.
 */
export function codeKey(entry: string, projectDir: string): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    hash.update(`${file.slice(projectDir.length)}\n${source}\n`);
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(packageName(spec));
    }
  };
  visit(resolve(entry));
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(name, projectDir)}\n`);
  return hash.digest('hex').slice(0, 16);
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec);
}

function packageVersion(name: string, projectDir: string): string {
  const dir = packageDir(name, projectDir);
  const file = dir === undefined ? undefined : join(dir, 'package.json');
  if (file === undefined || !existsSync(file)) return 'unknown';
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
}
