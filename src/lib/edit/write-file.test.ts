import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic } from './write-file.ts';

describe('writeFileAtomic', () => {
  it('creates folders and the file, leaving no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-write-'));
    writeFileAtomic(join(dir, 'a/b/x.mdx'), 'text');
    expect(readFileSync(join(dir, 'a/b/x.mdx'), 'utf8')).toBe('text');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['x.mdx']);
  });

  it('never replaces an existing file unless forced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-write-'));
    const path = join(dir, 'x.mdx');
    writeFileSync(path, 'old');
    expect(() => writeFileAtomic(path, 'new')).toThrow(FileExistsError);
    expect(readFileSync(path, 'utf8')).toBe('old');
    writeFileAtomic(path, 'new', true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['x.mdx']);
  });
});
