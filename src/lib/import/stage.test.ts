import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllOrNothing } from './stage.ts';

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stage-'));
  mkdirSync(join(dir, 'brands/acme/privacy'), { recursive: true });
  writeFileSync(join(dir, 'brands/acme/privacy/2020-01-01.mdx'), 'old');
  return dir;
}

describe('writeAllOrNothing', () => {
  it('adds files to an existing folder and leaves no staging behind', () => {
    const dir = content();
    writeAllOrNothing(dir, 'brands/acme/privacy', [
      { file: 'brands/acme/privacy/2021-01-01.mdx', source: 'a' },
      { file: 'brands/acme/privacy/2022-01-01.mdx', source: 'b' },
    ]);
    expect(readdirSync(join(dir, 'brands/acme/privacy'))).toEqual([
      '2020-01-01.mdx',
      '2021-01-01.mdx',
      '2022-01-01.mdx',
    ]);
    expect(readdirSync(dir)).toEqual(['brands']);
  });

  it('puts back the old folder when an earlier import was killed between its two renames', () => {
    const dir = content();
    // What a kill right after `rename(target, old)` leaves: the old copy and its note, no target.
    const old = join(dir, '.import-999999-old');
    mkdirSync(old);
    writeFileSync(join(old, '2020-01-01.mdx'), 'old');
    writeFileSync(`${old}.target`, 'brands/acme/cookies');
    writeAllOrNothing(dir, 'brands/acme/privacy', [{ file: 'brands/acme/privacy/2021-01-01.mdx', source: 'a' }]);
    expect(readFileSync(join(dir, 'brands/acme/cookies/2020-01-01.mdx'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['brands']);
  });

  it('drops a half-written staging folder of a killed import', () => {
    const dir = content();
    mkdirSync(join(dir, '.import-999999'));
    writeFileSync(join(dir, '.import-999999', '2021-01-01.mdx'), 'half');
    writeAllOrNothing(dir, 'brands/acme/privacy', [{ file: 'brands/acme/privacy/2022-01-01.mdx', source: 'b' }]);
    expect(existsSync(join(dir, '.import-999999'))).toBe(false);
    expect(existsSync(join(dir, 'brands/acme/privacy/2021-01-01.mdx'))).toBe(false);
  });
});
