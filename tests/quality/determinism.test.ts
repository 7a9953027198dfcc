import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, root, type BuildResult } from '../support/build.ts';
import { listFiles } from '../support/dist-files.ts';

describe('reproducible builds', () => {
  it('two builds of the same content and PRIVACY_CENTER_NOW, each from empty caches, are byte-identical', async () => {
    // Separate, empty cache folders: nothing one build computed (texts, redlines, bundles) reaches the other.
    const builds: BuildResult[] = [];
    for (const name of ['one', 'two']) {
      const dir = mkdtempSync(join(tmpdir(), `privacy-center-again-${name}-`));
      builds.push(
        await buildSite({ content: resolve(root, 'content'), out: join(dir, 'dist'), cache: join(dir, 'cache') }),
      );
    }
    const [first, second] = builds;
    expect(first!.status, first!.output).toBe(0);
    expect(second!.status, second!.output).toBe(0);
    // Every text parsed in this build: by the main thread, or by the warm-up thread into this build's
    // own (empty at the start) cache a moment before the main thread reached it.
    for (const build of [first!, second!]) {
      const [, parsed, cached] = /\((\d+) texts parsed, (\d+) read from the cache\)/.exec(build.output) ?? [];
      expect(Number(parsed) + Number(cached), build.output).toBe(17);
      expect(Number(parsed)).toBeGreaterThan(0);
    }
    const a = listFiles(first!.out);
    const b = listFiles(second!.out);
    expect(b).toEqual(a);
    const differ = a.filter(
      (file) => !readFileSync(join(first!.out, file)).equals(readFileSync(join(second!.out, file))),
    );
    expect(differ).toEqual([]);
  }, 180_000);
});
