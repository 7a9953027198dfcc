import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Keeper, planKeeping, recordKept, type KeepPlan } from './kept-files.ts';
import { writeSiteFiles } from './write-files.ts';

/** A published site with `files`, its record under `render`, and a fresh staging folder. */
function published(files: Record<string, { text: string; key: string }>, render = 'r1') {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-kept-'));
  const out = join(dir, 'dist');
  for (const [path, { text }] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify(Object.fromEntries(Object.entries(files).map(([p, { key }]) => [p, key]))));
  const record = join(dir, 'record.json');
  recordKept(record, out, render, keys);
  const plan = (options: { render?: string; force?: boolean } = {}): KeepPlan =>
    planKeeping({
      record,
      out,
      render: options.render ?? render,
      force: options.force ?? false,
      keys: join(dir, 'next-keys.json'),
    });
  return { dir, out, record, plan, staging: join(dir, 'staging') };
}

describe('Keeper', () => {
  it('links a file whose key is unchanged, so the site shares it without writing it', () => {
    const site = published({ 'acme/index.html': { text: '<p>旧</p>', key: 'k1' } });
    const keeper = new Keeper(site.plan(), site.staging);
    expect(keeper.keep('acme/index.html', 'k1')).toBe(true);
    const kept = join(site.staging, 'acme/index.html');
    expect(readFileSync(kept, 'utf8')).toBe('<p>旧</p>');
    expect(statSync(kept).ino).toBe(statSync(join(site.out, 'acme/index.html')).ino);
    expect(keeper.kept).toBe(1);
  });

  it('keeps nothing whose key changed, that is new, or that was changed or replaced since it was published', () => {
    const site = published({
      'a.html': { text: 'a', key: 'ka' },
      'b.html': { text: 'b', key: 'kb' },
      'c.html': { text: 'c', key: 'kc' },
    });
    writeFileSync(join(site.out, 'b.html'), 'b, edited by hand');
    rmSync(join(site.out, 'c.html'));
    writeFileSync(join(site.out, 'c.html'), 'c');
    const keeper = new Keeper(site.plan(), site.staging);
    expect(keeper.keep('a.html', 'ka-new')).toBe(false);
    expect(keeper.keep('new.html', 'kn')).toBe(false);
    expect(keeper.keep('b.html', 'kb')).toBe(false);
    expect(keeper.keep('c.html', 'kc')).toBe(false);
    expect(existsSync(site.staging)).toBe(false);
  });

  it('keeps nothing under other code or settings, when forced, or when the site is gone', () => {
    const site = published({ 'a.html': { text: 'a', key: 'ka' } });
    for (const plan of [site.plan({ render: 'r2' }), site.plan({ force: true })])
      expect(new Keeper(plan, site.staging).keep('a.html', 'ka')).toBe(false);
    rmSync(site.out, { recursive: true });
    expect(new Keeper(site.plan(), site.staging).keep('a.html', 'ka')).toBe(false);
  });

  it('refuses a path that leaves the site', () => {
    const site = published({ 'a.html': { text: 'a', key: 'ka' } });
    const keeper = new Keeper(site.plan(), site.staging);
    expect(() => keeper.keep('../outside.html', 'ka')).toThrow(/not a file path inside the site/);
    expect(() => keeper.keep('a/', 'ka')).toThrow(/not a file path inside the site/);
  });

  it('writes every key it was told, kept or not, and links again a kept file the staging folder lost', () => {
    const site = published({ 'a.html': { text: 'a', key: 'ka' } });
    const plan = site.plan();
    const keeper = new Keeper(plan, site.staging);
    keeper.keep('a.html', 'ka');
    keeper.keep('b.html', 'kb');
    rmSync(join(site.staging, 'a.html'));
    keeper.finish();
    expect(readFileSync(join(site.staging, 'a.html'), 'utf8')).toBe('a');
    expect(JSON.parse(readFileSync(plan.keys, 'utf8'))).toEqual({ 'a.html': 'ka', 'b.html': 'kb' });
  });

  it('makes site files only where they are not kept, without making a kept file’s body', async () => {
    const site = published({ 'acme/blocks.json': { text: '[1]', key: 'text-1' } });
    const keeper = new Keeper(site.plan(), site.staging);
    const made: string[] = [];
    const file = (path: string, key: string | undefined, text: string) => ({
      path,
      type: 'application/json',
      body: () => (made.push(path), Buffer.from(text)),
      ...(key === undefined ? {} : { key }),
    });
    const written = await writeSiteFiles(
      site.staging,
      [
        file('/acme/blocks.json', 'text-1', '[2]'),
        file('/acme/other.json', 'text-2', '[3]'),
        file('/feed.xml', undefined, '<feed/>'),
      ],
      keeper,
    );
    expect(written).toBe(2);
    expect(made.sort()).toEqual(['/acme/other.json', '/feed.xml']);
    expect(readFileSync(join(site.staging, 'acme/blocks.json'), 'utf8')).toBe('[1]');
    expect(readFileSync(join(site.out, 'acme/blocks.json'), 'utf8')).toBe('[1]');
  });
});

describe('recordKept', () => {
  it('records each keyed file of the site as it is, leaving out the ones it does not hold', () => {
    const site = published({ 'a.html': { text: 'abc', key: 'ka' } });
    const keys = join(site.dir, 'keys2.json');
    writeFileSync(keys, JSON.stringify({ 'a.html': 'ka', 'missing.html': 'km' }));
    recordKept(site.record, site.out, 'r1', keys);
    const record = JSON.parse(readFileSync(site.record, 'utf8')) as { render: string; files: Record<string, unknown> };
    expect(record.render).toBe('r1');
    expect(Object.keys(record.files)).toEqual(['a.html']);
    expect(record.files['a.html']).toMatchObject({ key: 'ka', size: 3, ino: statSync(join(site.out, 'a.html')).ino });
  });
});
