import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkOrCopy, linkTree, moveFolder, removeInBackground, removeStaleFolders } from './folders.ts';

describe('removeStaleFolders', () => {
  it('removes the work folders of builds no longer running, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-center-folders-'));
    // 2**22 is above Linux's largest pid, so no process runs under it.
    for (const name of [String(process.pid), `${process.pid}-a1`, '4194305', '4194305-b2', 'locks', 'done'])
      mkdirSync(join(dir, name));
    removeStaleFolders(dir);
    expect(readdirSync(dir).sort()).toEqual([String(process.pid), `${process.pid}-a1`, 'done', 'locks'].sort());
  });

  it('does nothing for a folder that is not there', () => {
    expect(() => removeStaleFolders(join(tmpdir(), 'privacy-center-no-such-folder'))).not.toThrow();
  });
});

describe('moveFolder', () => {
  it('moves a folder with its files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-center-folders-'));
    mkdirSync(join(dir, 'from/sub'), { recursive: true });
    writeFileSync(join(dir, 'from/sub/a.txt'), 'a');
    moveFolder(join(dir, 'from'), join(dir, 'to'));
    expect(existsSync(join(dir, 'from'))).toBe(false);
    expect(existsSync(join(dir, 'to/sub/a.txt'))).toBe(true);
  });
});

describe('removeInBackground', () => {
  it('removes a folder and everything in it, without making the caller wait', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-center-folders-'));
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(dir, 'old', String(i)), { recursive: true });
      writeFileSync(join(dir, 'old', String(i), 'index.html'), 'x');
    }
    removeInBackground(join(dir, 'old'));
    for (let waited = 0; existsSync(join(dir, 'old')) && waited < 20_000; waited += 50)
      await new Promise((done) => setTimeout(done, 50));
    expect(existsSync(join(dir, 'old'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('linkTree', () => {
  it('makes a copy of a folder whose files are links to the original’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-center-folders-'));
    mkdirSync(join(dir, 'from/sub'), { recursive: true });
    writeFileSync(join(dir, 'from/a.json'), '{}');
    writeFileSync(join(dir, 'from/sub/b.pf_index'), 'b');
    linkTree(join(dir, 'from'), join(dir, 'to'));
    expect(readFileSync(join(dir, 'to/sub/b.pf_index'), 'utf8')).toBe('b');
    expect(statSync(join(dir, 'to/a.json')).ino).toBe(statSync(join(dir, 'from/a.json')).ino);
    expect(readdirSync(join(dir, 'to')).sort()).toEqual(['a.json', 'sub']);
  });
});

describe('linkOrCopy', () => {
  it('links, or copies when told linking was refused before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-center-folders-'));
    writeFileSync(join(dir, 'a'), 'a');
    expect(linkOrCopy(join(dir, 'a'), join(dir, 'linked'))).toBe(true);
    expect(statSync(join(dir, 'linked')).ino).toBe(statSync(join(dir, 'a')).ino);
    expect(linkOrCopy(join(dir, 'a'), join(dir, 'copied'), false)).toBe(false);
    expect(statSync(join(dir, 'copied')).ino).not.toBe(statSync(join(dir, 'a')).ino);
    expect(readFileSync(join(dir, 'copied'), 'utf8')).toBe('a');
  });
});
