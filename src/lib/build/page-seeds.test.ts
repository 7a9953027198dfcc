import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepSeedRecord, pageFile, seedPages, seedRecordFile, type Seeding } from './page-seeds.ts';

/** A published site of three pages, recorded as the last build left it, and an empty staging folder. */
function published(): { seeding: Seeding; keys: [string, string][] } {
  const dir = mkdtempSync(join(tmpdir(), 'page-seeds-'));
  const site = join(dir, 'site');
  const keys: [string, string][] = [
    ['index.html', 'k-home'],
    ['acme/privacy/index.html', 'k-privacy'],
    ['acme/privacy/2020-01-01/index.html', 'k-2020'],
  ];
  for (const [file, key] of keys) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), `<p>${key}</p>`);
  }
  const record = seedRecordFile(join(dir, 'cache'), site);
  keepSeedRecord({ published: site, out: site, record, code: 'code-1', keys });
  return { seeding: { published: site, out: join(dir, 'staging'), record, code: 'code-1' }, keys };
}

const list = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('copying unchanged pages from the published site', () => {
  it('copies each page whose data key is the one the last build recorded, byte for byte', () => {
    const { seeding, keys } = published();
    const now: [string, string][] = keys.map(([file, key]) => [file, file.includes('2020') ? key : `${key}-changed`]);
    expect(seedPages({ ...seeding, keys: now })).toBe(1);
    expect(list(seeding.out)).toEqual(['acme/privacy/2020-01-01/index.html']);
    expect(readFileSync(join(seeding.out, 'acme/privacy/2020-01-01/index.html'), 'utf8')).toBe('<p>k-2020</p>');
  });

  it('copies nothing after a change of code or settings', () => {
    const { seeding, keys } = published();
    expect(seedPages({ ...seeding, code: 'code-2', keys })).toBe(0);
  });

  it('leaves a page that was changed in the published site since (its size or its time)', () => {
    const { seeding, keys } = published();
    writeFileSync(join(seeding.published, 'index.html'), '<p>k-hand</p>');
    const privacy = join(seeding.published, 'acme/privacy/index.html');
    const later = new Date(statSync(privacy).mtimeMs + 5000);
    utimesSync(privacy, later, later);
    writeFileSync(join(seeding.published, 'acme/privacy/2020-01-01/index.html'), '');
    expect(seedPages({ ...seeding, keys })).toBe(0);
  });

  it('copies nothing without a record, or with one that does not read', () => {
    const { seeding, keys } = published();
    expect(seedPages({ ...seeding, record: join(seeding.out, 'none.json'), keys })).toBe(0);
    writeFileSync(seeding.record, '{"code":');
    expect(seedPages({ ...seeding, keys })).toBe(0);
  });

  it('never replaces a file already in the output folder', () => {
    const { seeding, keys } = published();
    mkdirSync(join(seeding.out), { recursive: true });
    writeFileSync(join(seeding.out, 'index.html'), 'rendered');
    expect(seedPages({ ...seeding, keys })).toBe(2);
    expect(readFileSync(join(seeding.out, 'index.html'), 'utf8')).toBe('rendered');
  });
});

describe('the record of a build', () => {
  it('holds each page written with its key, size and time, under the code', () => {
    const { seeding } = published();
    const record = JSON.parse(readFileSync(seeding.record, 'utf8')) as {
      code: string;
      pages: Record<string, unknown[]>;
    };
    expect(record.code).toBe('code-1');
    const stat = statSync(join(seeding.published, 'acme/privacy/index.html'));
    expect(record.pages['acme/privacy/index.html']).toEqual(['k-privacy', stat.size, stat.mtimeMs]);
  });

  it('names a page by the file Astro writes for its path', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/acme/privacy/2020-01-01/')).toBe('acme/privacy/2020-01-01/index.html');
  });
});
