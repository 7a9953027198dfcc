import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonCache } from './json-cache.ts';

describe('jsonCache', () => {
  it('returns what was stored, nothing for unknown keys, and leaves no temp files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-cache-'));
    const cache = jsonCache(dir);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', { blocks: [1, 2] });
    expect(cache.get('a')).toEqual({ blocks: [1, 2] });
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('treats an unreadable entry as missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-cache-'));
    writeFileSync(join(dir, 'b.json'), '{"cut off');
    expect(jsonCache(dir).get('b')).toBeUndefined();
  });
});
