import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/build.ts';
import { readPage } from '../support/html.ts';
import { runProgram, userEnv, type Finished } from '../support/run.ts';

/**
 * The project as a company uses it: packed as npm would publish it, installed into an empty folder
 * that holds only a package.json, then `privacy-center init` and `privacy-center build` run from the
 * installed package by the system's own npx (whatever Node that is), as the README says.
 */
const company = mkdtempSync(join(tmpdir(), 'privacy-center-company-'));
// A user's shell: no variables of this run, and not the project's node_modules/.bin on PATH.
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(userEnv()).filter(([name]) => !name.startsWith('PRIVACY_CENTER_'))),
  PATH: (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((p) => !p.startsWith(join(root, 'node_modules')))
    .join(delimiter),
  NO_COLOR: '1',
};
const run = async (command: string, args: string[]): Promise<Finished> => {
  const r = await runProgram(command, args, { cwd: company, env, timeoutMs: 400_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
};

let packed: { files: { path: string }[] } = { files: [] };
let init: Finished;
beforeAll(async () => {
  const pack = await runProgram('npm', ['pack', '--json', '--pack-destination', company], {
    cwd: root,
    env,
    timeoutMs: 120_000,
  });
  if (pack.status !== 0) throw new Error(pack.stderr);
  packed = (JSON.parse(pack.stdout) as (typeof packed & { filename: string })[])[0]!;
  const tarball = join(
    company,
    readdirSync(company).find((f) => f.endsWith('.tgz'))!,
  );
  const pinned = (JSON.parse(readFileSync(join(root, 'node_modules/node/package.json'), 'utf8')) as { version: string })
    .version;
  writeFileSync(
    join(company, 'package.json'),
    JSON.stringify({
      name: 'acme-privacy',
      private: true,
      scripts: { build: 'privacy-center build' },
      allowScripts: { node: true },
    }),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, `node@${pinned}`]);
  init = await run('npx', [
    'privacy-center',
    'init',
    '--brand',
    'acme',
    '--name',
    'Acme 商城',
    '--effective',
    '2026-01-01',
  ]);
  await run('npm', ['run', 'build', '--', '--no-pdf', '--now', '2026-12-04', '--site', 'https://privacy.acme.example']);
}, 900_000);

describe('the project installed as a dependency', () => {
  it('packs what a site needs and nothing of the tests or the sample content', () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of [
      'bin/privacy-center.js',
      'bin/strip-types.js',
      'scripts/build.ts',
      'scripts/assemble.ts',
      'astro.config.mjs',
      'src/pages/[...path].astro',
      'src/cli/templates/site.yaml',
      'public/theme.js',
    ])
      expect(files, needed).toContain(needed);
    expect(files.filter((f) => /^(tests|content)\/|\.test\.ts$/.test(f))).toEqual([]);
  });

  it('starts a content folder beside package.json with init', () => {
    expect(init.stdout).toContain('Wrote a new content folder in content:');
    expect(existsSync(join(company, 'content/brands/acme/privacy/2026-01-01.mdx'))).toBe(true);
  });

  it('builds the site from the installed package: pages, styles, search, feeds and the draft notice', () => {
    const dist = join(company, 'dist');
    const home = readPage(dist, '/');
    expect(home).toMatch(/<h1[^>]*>隐私中心<\/h1>/);
    expect(home).toContain('Acme 商城');
    const policy = readPage(dist, '/acme/privacy/');
    expect(policy).toMatch(/<h1[^>]*>隐私政策/);
    expect(policy).toContain('草稿：本隐私中心尚未发布，内容仅供审阅。');
    expect(policy).not.toContain('示例内容');
    expect(policy).toContain('<link rel="canonical" href="https://privacy.acme.example/acme/privacy/">');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(policy)?.[1];
    expect(css && readFileSync(join(dist, css), 'utf8')).toContain('.bg-brand');
    expect(existsSync(join(dist, 'pagefind/acme/pagefind-entry.json'))).toBe(true);
    expect(readPage(dist, '/acme/privacy/feed.xml')).toContain('https://privacy.acme.example/acme/privacy/2026-01-01/');
  });

  it('keeps its caches in the company’s node_modules/.cache, not inside the installed package', () => {
    expect(existsSync(join(company, 'node_modules/.cache/privacy-center'))).toBe(true);
    expect(existsSync(join(company, 'node_modules/privacy-center/node_modules'))).toBe(false);
  });
});
