import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../support/build.ts';
import { listFiles } from '../support/dist-files.ts';
import { runProgram, userEnv } from '../support/run.ts';

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `privacy-center-${name}-`));

/** A group of three brands: the basic fixture's brand under three ids, in three colours. */
function groupContent(): string {
  const dir = tempDir('shards-content');
  const colours = { acme: '#1d4ed8', beta: '#0f766e', gamma: '#9333ea' };
  for (const [id, colour] of Object.entries(colours)) {
    const target = join(dir, 'brands', id);
    cpSync(resolve(root, 'tests/fixtures/sites/basic/brands/acme'), target, { recursive: true });
    const yaml = readFileSync(join(target, 'brand.yaml'), 'utf8');
    writeFileSync(
      join(target, 'brand.yaml'),
      yaml
        .replace('name: 示例公司', `name: 示例${id}`)
        .replace('"#1d4ed8"', `"${colour}"`)
        .replace(/^site: .*$/m, ''),
    );
  }
  // gamma has one version more, so 1/2 and 2/2 differ in size.
  cpSync(join(dir, 'brands/gamma/cookies/2021-03-01.mdx'), join(dir, 'brands/gamma/cookies/2022-03-01.mdx'));
  writeFileSync(
    join(dir, 'brands/gamma/cookies/2022-03-01.mdx'),
    readFileSync(join(dir, 'brands/gamma/cookies/2022-03-01.mdx'), 'utf8').replace(
      /^title: (.*)$/m,
      'title: $1\nsummary: 第二版',
    ),
  );
  return dir;
}

function assemble(args: string[]) {
  // As users run it: the CLI, which starts scripts/assemble.ts.
  return runProgram(join(root, 'node_modules/.bin/node'), [resolve(root, 'src/cli/main.ts'), 'assemble', ...args], {
    cwd: root,
    env: { ...userEnv(), NO_COLOR: '1' },
  });
}

const files = (dir: string) => listFiles(dir);

describe('sharded builds and assemble', () => {
  const dir = tempDir('shards');
  let content: string;
  beforeAll(async () => {
    content = groupContent();
    const build = (out: string, shard?: string) =>
      buildSite({ content, out: join(dir, out), now: '2024-01-01', env: shard ? { PRIVACY_CENTER_SHARD: shard } : {} });
    for (const [out, shard] of [
      ['whole', undefined],
      ['one', '1/2'],
      ['two', '2/2'],
    ] as const) {
      const r = await build(out, shard);
      if (r.status !== 0) throw new Error(`Building ${out} failed:\n${r.output}`);
    }
  }, 300_000);

  it('splits the brands by versions, each shard holding its brands and the shared pages', () => {
    const manifest = (out: string) =>
      JSON.parse(readFileSync(join(dir, out, '.privacy-center-shard.json'), 'utf8')) as {
        brands: string[];
        all: string[];
      };
    expect(manifest('one').brands).toEqual(['gamma']);
    expect(manifest('two').brands).toEqual(['acme', 'beta']);
    expect(manifest('two').all).toEqual(['acme', 'beta', 'gamma']);
    expect(existsSync(join(dir, 'one/gamma/privacy/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'one/acme'))).toBe(false);
    expect(existsSync(join(dir, 'one/pagefind/acme'))).toBe(false);
    expect(existsSync(join(dir, 'one/pagefind/gamma/pagefind-entry.json'))).toBe(true);
    for (const out of ['one', 'two']) expect(existsSync(join(dir, out, 'index.html')), out).toBe(true);
  });

  it('assembles the shards into the site one build makes, byte for byte', async () => {
    const out = join(dir, 'assembled');
    const r = await assemble([join(dir, 'one'), join(dir, 'two'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Assembled \d+ files of 3 brands from 2 shards into /);
    const whole = files(join(dir, 'whole'));
    expect(files(out)).toEqual(whole);
    const differing = whole.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(dir, 'whole', f))));
    expect(differing).toEqual([]);
  });

  it('refuses outputs that do not make the whole site, and writes nothing', async () => {
    const out = join(dir, 'refused');
    const half = await assemble([join(dir, 'one'), '--out', out]);
    expect(half.status).toBe(1);
    expect(half.stderr).toContain('No output holds the brands acme, beta: build the missing shards.');
    const twice = await assemble([join(dir, 'one'), join(dir, 'one'), join(dir, 'two'), '--out', out]);
    expect(twice.stderr).toContain('The brand gamma is in two outputs');
    const whole = await assemble([join(dir, 'whole'), '--out', out]);
    expect(whole.stderr).toContain('is not the output of a shard build');
    // A shard of another day.
    const late = await buildSite({
      content,
      out: join(dir, 'late'),
      now: '2024-01-02',
      env: { PRIVACY_CENTER_SHARD: '2/2' },
    });
    expect(late.status).toBe(0);
    const mixed = await assemble([join(dir, 'one'), join(dir, 'late'), '--out', out]);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('computes statuses for 2024-01-02');
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown brand or a wrong shard before building anything', async () => {
    const unknown = await buildSite({ content, out: join(dir, 'x'), env: { PRIVACY_CENTER_SHARD: 'acme,delta' } });
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('There is no brand "delta"; brands: acme, beta, gamma.');
    const wrong = await buildSite({ content, out: join(dir, 'x'), env: { PRIVACY_CENTER_SHARD: '3/2' } });
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('"3/2" names no shard');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
