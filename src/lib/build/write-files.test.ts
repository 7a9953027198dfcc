import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteFile } from '../routes/site-file.ts';
import { writeSiteFiles } from './write-files.ts';

const file = (path: string, text = path): SiteFile => ({ path, type: 'text/plain', body: () => Buffer.from(text) });

describe('writeSiteFiles', () => {
  it('writes each file at its path inside the site, making the folders', async () => {
    const site = mkdtempSync(join(tmpdir(), 'privacy-center-files-'));
    expect(await writeSiteFiles(site, [file('/a/b/blocks.json', '[]'), file('/feed.xml', '<feed/>')])).toBe(2);
    expect(readFileSync(join(site, 'a/b/blocks.json'), 'utf8')).toBe('[]');
    expect(readFileSync(join(site, 'feed.xml'), 'utf8')).toBe('<feed/>');
  });

  it('writes nothing when a path leaves the site, names a folder, or is taken twice', async () => {
    for (const bad of [
      [file('/ok.txt'), file('/../outside.txt')],
      [file('/ok.txt'), file('/a/')],
      [file('/ok.txt'), file('/same.txt'), file('/same.txt')],
    ]) {
      const site = mkdtempSync(join(tmpdir(), 'privacy-center-files-'));
      await expect(writeSiteFiles(join(site, 'site'), bad)).rejects.toThrow(/site file/i);
      expect(existsSync(join(site, 'site'))).toBe(false);
      expect(readdirSync(site)).toEqual([]);
    }
  });
});
