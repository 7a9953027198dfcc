import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueCache } from './value-cache.ts';

describe('valueCache', () => {
  it('returns what was stored, nothing for unknown keys, and leaves no temp files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'value-cache-'));
    const cache = valueCache(dir);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.has('a')).toBe(false);
    cache.set('a', { blocks: [1, 2], text: '我们收集您的姓名' });
    expect(cache.get('a')).toEqual({ blocks: [1, 2], text: '我们收集您的姓名' });
    expect(cache.has('a')).toBe(true);
    const [folder] = readdirSync(dir);
    expect(folder).toBe(`v8-${process.versions.v8}`);
    expect(readdirSync(join(dir, folder!))).toEqual(['a.bin']);
  });

  it('treats an unreadable entry as missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'value-cache-'));
    const cache = valueCache(dir);
    writeFileSync(join(dir, `v8-${process.versions.v8}`, 'b.bin'), 'cut off');
    expect(cache.get('b')).toBeUndefined();
  });
});
