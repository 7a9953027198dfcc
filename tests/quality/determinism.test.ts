import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, root } from '../support/build.ts';
import { listFiles } from '../support/dist-files.ts';

const first = inject('sites').sample;

describe('reproducible builds', () => {
  it('two builds of the same content and PRIVACY_CENTER_NOW are byte-identical', () => {
    const second = buildSite({
      content: resolve(root, 'content'),
      out: join(mkdtempSync(join(tmpdir(), 'privacy-center-again-')), 'dist'),
    });
    expect(second.status, second.output).toBe(0);
    const a = listFiles(first);
    const b = listFiles(second.out);
    expect(b).toEqual(a);
    const differ = a.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second.out, file))));
    expect(differ).toEqual([]);
  });
});
