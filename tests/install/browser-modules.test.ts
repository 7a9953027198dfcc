import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserModules } from '../../eslint.config.js';
import { root } from '../support/build.ts';

/** Runtime (not type-only) relative imports of a module, resolved to files. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    found.push(resolve(dirname(file), match[1]!));
  }
  return found;
}

/** The scripts pages load: src/client/, and the <script> blocks of components. */
function entries(): string[] {
  const scripts = globSync('src/client/**/*.ts', { cwd: root }).map((f) => resolve(root, f));
  for (const component of globSync('src/**/*.astro', { cwd: root })) {
    const file = resolve(root, component);
    for (const block of readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      for (const match of block[1]!.matchAll(/import\s+(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
        scripts.push(resolve(dirname(file), match[1]!));
      }
    }
  }
  return scripts;
}

describe('modules that run in the browser', () => {
  it('all lie in the folders whose Node imports ESLint refuses', () => {
    const allowed = new Set(
      browserModules.flatMap((pattern) => globSync(pattern, { cwd: root }).map((f) => resolve(root, f))),
    );
    const seen = new Set<string>();
    const queue = entries();
    expect(queue.length).toBeGreaterThan(5);
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...runtimeImports(file));
    }
    const outside = [...seen].filter((f) => !allowed.has(f)).map((f) => relative(root, f));
    expect(outside).toEqual([]);
    expect(seen.size).toBeGreaterThan(15);
  });
});
