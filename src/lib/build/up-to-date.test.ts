import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs, isUpToDate, recordBuild, renderInputs } from './up-to-date.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-up-to-date-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('buildInputs', () => {
  const project = folder({ 'src/a.ts': 'export {}', 'package.json': '{}' });
  const content = folder({ 'brands/acme/brand.yaml': 'name: 示例' });
  const render = (env: Record<string, string> = {}) => renderInputs({ projectDir: project, env, args: [] });
  const inputs = (env: Record<string, string> = {}, now = '2024-01-01') =>
    buildInputs({ contentDir: content, now, render: render(env) });

  it('changes with the content, the code, the day and the settings', () => {
    const before = inputs();
    expect(inputs({}, '2024-01-02')).not.toBe(before);
    expect(inputs({ PRIVACY_CENTER_SITE: 'https://a.example' })).not.toBe(before);
    writeFileSync(join(content, 'brands/acme/brand.yaml'), 'name: 示例公司');
    const edited = inputs();
    expect(edited).not.toBe(before);
    writeFileSync(join(project, 'src/a.ts'), 'export const a = 1;');
    expect(inputs()).not.toBe(edited);
  });

  it('does not change with where the site and the cache go, other variables or hidden files', () => {
    const before = inputs();
    expect(
      inputs({ PRIVACY_CENTER_OUT: '/x', PRIVACY_CENTER_DESTINATION: '/y', PRIVACY_CENTER_CACHE: '/z', HOME: '/h' }),
    ).toBe(before);
    writeFileSync(join(content, '.DS_Store'), 'x');
    mkdirSync(join(content, '.git'));
    writeFileSync(join(content, '.git/HEAD'), 'ref');
    expect(inputs()).toBe(before);
  });

  it('keeps what the files are made by apart: the code and settings, not the content or the day', () => {
    const before = render();
    expect(render({ PRIVACY_CENTER_NOW: '2024-01-02', PRIVACY_CENTER_KEEP: '/k' })).toBe(before);
    writeFileSync(join(content, 'brands/acme/brand.yaml'), 'name: 示例集团');
    expect(render()).toBe(before);
    expect(render({ PRIVACY_CENTER_PDF: '0' })).not.toBe(before);
    writeFileSync(join(project, 'src/a.ts'), 'export const b = 2;');
    expect(render()).not.toBe(before);
  });
});

describe('isUpToDate', () => {
  it('holds while the folder is as the build left it and the inputs are the same', () => {
    const out = folder({ 'index.html': '<p>a</p>', 'a/b.json': '{}' });
    const record = join(folder({}), 'record.json');
    expect(isUpToDate(record, out, 'abc')).toBe(false);
    recordBuild(record, out, 'abc');
    expect(isUpToDate(record, out, 'abc')).toBe(true);
    expect(isUpToDate(record, out, 'abd')).toBe(false);
    utimesSync(join(out, 'a/b.json'), new Date(0), new Date(0));
    expect(isUpToDate(record, out, 'abc')).toBe(false);
    recordBuild(record, out, 'abc');
    rmSync(join(out, 'index.html'));
    expect(isUpToDate(record, out, 'abc')).toBe(false);
  });
});
