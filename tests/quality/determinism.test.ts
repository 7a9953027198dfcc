import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, root } from '../support/build.ts';
import { listFiles } from '../support/dist-files.ts';

describe('reproducible builds', () => {
  it('two builds of the same content and PRIVACY_CENTER_NOW, each from empty caches, are byte-identical', () => {
    // Separate, empty cache folders: nothing one build computed (texts, redlines, bundles) reaches the other.
    const [first, second] = ['one', 'two'].map((name) => {
      const dir = mkdtempSync(join(tmpdir(), `privacy-center-again-${name}-`));
      return buildSite({ content: resolve(root, 'content'), out: join(dir, 'dist'), cache: join(dir, 'cache') });
    });
    expect(first!.status, first!.output).toBe(0);
    expect(second!.status, second!.output).toBe(0);
    for (const build of [first!, second!]) expect(build.output).toMatch(/\(17 texts parsed, 0 read from the cache\)/);
    const a = listFiles(first!.out);
    const b = listFiles(second!.out);
    expect(b).toEqual(a);
    const differ = a.filter(
      (file) => !readFileSync(join(first!.out, file)).equals(readFileSync(join(second!.out, file))),
    );
    expect(differ).toEqual([]);
  }, 180_000);
});
