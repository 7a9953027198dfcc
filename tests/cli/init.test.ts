import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/build/load.ts';
import { siteNotice } from '../../src/lib/model/site-texts.ts';
import { cli, root, tempDir } from './helpers.ts';

const load = (dir: string) => loadCatalog({ contentDir: dir, now: '2026-12-04', brand: undefined, site: undefined });

describe('privacy-center init', () => {
  it('writes site settings, a brand and its first version that build and lint, and says what to fill in', async () => {
    const parent = tempDir('init');
    const r = await cli(['init', '--brand', 'acme', '--name', 'Acme 商城', '--effective', '2026-12-01'], {
      cwd: parent,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Wrote a new content folder in content:\n  site.yaml\n  brands/acme/brand.yaml\n  brands/acme/privacy/2026-12-01.mdx\n',
    );
    expect(r.stdout).toContain('replace every "【待填写】" passage');
    const dir = join(parent, 'content');
    const catalog = load(dir);
    expect(catalog.brands.map((b) => [b.id, b.data.name, b.data.legalName, b.locale])).toEqual([
      ['acme', 'Acme 商城', 'Acme 商城', 'zh-CN'],
    ]);
    expect(catalog.brands[0]?.policies[0]?.versions.map((v) => [v.date, v.data.title])).toEqual([
      ['2026-12-01', '隐私政策'],
    ]);
    expect(siteNotice(catalog.site, 'zh-CN')?.text).toMatch(/^草稿/);
    expect(readFileSync(join(dir, 'brands/acme/privacy/2026-12-01.mdx'), 'utf8')).toContain(
      '本政策说明Acme 商城（“我们”）',
    );
    // The template passes every check but one: its own passages, until they are replaced.
    const lint = await cli(['lint', '--content', dir, '--format', 'json']);
    expect(lint.code).toBe(0);
    const report = JSON.parse(lint.stdout) as { problems: { rule: string; file: string }[] };
    expect(report.problems.map((p) => [p.rule, p.file])).toEqual([
      ['template-text', 'brands/acme/privacy/2026-12-01.mdx'],
      ['template-text', 'site.yaml'],
    ]);
  });

  it('refuses a folder that holds files and leaves it as it was; --force writes into it', async () => {
    const dir = tempDir('init-full');
    mkdirSync(join(dir, 'brands'));
    writeFileSync(join(dir, 'notes.md'), 'mine');
    const r = await cli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already holds files \(brands, notes\.md\).*--force/);
    expect(readdirSync(dir).sort()).toEqual(['brands', 'notes.md']);
    const forced = await cli(['init', dir, '--force', '--brand', 'acme']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine');
    expect(load(dir).brands.map((b) => b.id)).toEqual(['acme']);
  });

  it('starts from an existing policy with --from, through the importer', async () => {
    const dir = join(tempDir('init-from'), 'site');
    const seed = join(root, 'tests/fixtures/seeds/000_e727046d7c83e8c3.txt');
    const r = await cli([
      'init',
      dir,
      '--from',
      seed,
      '--brand',
      'beiye',
      '--name',
      '贝业',
      '--effective',
      '2019-06-01',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('check the converted text');
    const version = load(dir).brands[0]?.policies[0]?.versions[0];
    expect(version?.data.title).toMatch(/隐私政策/);
    expect(version?.text.headings.length).toBeGreaterThan(5);
    const lint = await cli(['lint', '--content', dir, '--format', 'json']);
    const report = JSON.parse(lint.stdout) as { problems: { rule: string; file: string }[] };
    expect(report.problems.filter((p) => p.rule === 'template-text').map((p) => p.file)).toEqual(['site.yaml']);
  });

  it('writes an English center with --locale en, and keeps names with markup characters as text', async () => {
    const dir = join(tempDir('init-en'), 'content');
    const name = 'A{b}<c> *Co* "#1" &copy; ~~S~~ www.e.com';
    const r = await cli(['init', dir, '--locale', 'en', '--name', name, '--legal-name', 'true']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('replace every "[To fill in]" passage');
    const catalog = load(dir);
    expect(catalog.locale).toBe('en');
    expect(catalog.brands[0]?.data).toMatchObject({ name, legalName: 'true', locale: 'en' });
    const version = catalog.brands[0]?.policies[0]?.versions[0];
    expect(version?.data.title).toBe('Privacy Policy');
    // Written as text: no tag, entity or strikethrough (an address in a name is still linked, as in any text).
    expect(version?.text.html).toMatch(
      /how A\{b\}&#x3C;c> \*Co\* "#1" &#x26;copy; ~~S~~ (<a [^>]*>)?www\.e\.com(<\/a>)? \("we"\) collects/,
    );
  });

  it('refuses a bad id and a missing --from file before writing anything', async () => {
    const parent = tempDir('init-bad');
    expect((await cli(['init', 'c1', '--brand', 'Acme Inc'], { cwd: parent })).stderr).toMatch(
      /--brand "Acme Inc" is not a valid id/,
    );
    const missing = await cli(['init', 'c2', '--from', 'nothing.txt'], { cwd: parent });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no file nothing.txt.');
    expect(existsSync(join(parent, 'c1')) || existsSync(join(parent, 'c2'))).toBe(false);
  });

  it('writes a title with $ patterns as written, and refuses line breaks in names', async () => {
    const dir = join(tempDir('init-title'), 'content');
    const title = "Costs $' and $& more";
    expect((await cli(['init', dir, '--locale', 'en', '--title', title])).code).toBe(0);
    expect(load(dir).brands[0]?.policies[0]?.versions[0]?.data.title).toBe(title);
    const broken = await cli(['init', join(dir, '..', 'c2'), '--legal-name', 'Acme\n===\nLtd']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('--legal-name must be one line of text');
  });

  it('checks what it would write as the build does, and writes nothing the build would refuse', async () => {
    const parent = tempDir('init-check');
    const reserved = await cli(['init', 'c1', '--brand', 'search'], { cwd: parent });
    expect(reserved.code).toBe(1);
    expect(reserved.stderr).toContain('nothing was written');
    expect(reserved.stderr).toContain('The brand folder name "search" is a path the site uses itself');
    writeFileSync(join(parent, 'empty.txt'), '\n');
    const empty = await cli(['init', 'c2', '--from', 'empty.txt'], { cwd: parent });
    expect(empty.code).toBe(1);
    mkdirSync(join(parent, 'folder.md'));
    const folder = await cli(['init', 'c3', '--from', 'folder.md'], { cwd: parent });
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringContaining('folder.md is a folder, not a file.')]);
    expect(readdirSync(parent).sort()).toEqual(['empty.txt', 'folder.md']);
    mkdirSync(join(parent, 'c4/brands/acme/brand.yaml'), { recursive: true });
    const taken = await cli(['init', 'c4', '--brand', 'acme', '--force'], { cwd: parent });
    expect([taken.code, taken.stderr]).toEqual([2, expect.stringContaining('c4/brands/acme/brand.yaml is a folder')]);
    expect(readdirSync(join(parent, 'c4'))).toEqual(['brands']);
  });
});
