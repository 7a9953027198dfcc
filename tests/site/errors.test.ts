import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCases } from '../fixtures/broken-cases.ts';
import { buildSite } from '../support/build.ts';
import { writeContent } from '../support/content-dir.ts';

describe('a build of broken content', () => {
  it.each(brokenCases)('$name: stops, names the file and the fix, and keeps the previous site', async (c) => {
    const out = join(mkdtempSync(join(tmpdir(), 'privacy-center-out-')), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    writeFileSync(join(out, '.privacy-center-site'), '');
    const result = await buildSite({ content: writeContent(c.files), out });
    expect(result.status).not.toBe(0);
    const where = c.line === undefined ? c.file : `${c.file}:${c.line}`;
    expect(result.output).toContain(where);
    expect(result.output).toMatch(c.message);
    expect(result.output).toMatch(/Fix: /);
    expect(result.output).toMatch(c.hint);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });
});
