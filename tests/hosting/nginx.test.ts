import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { root } from '../support/build.ts';
import { freePort } from '../support/ports.ts';
import { nginxConfig, SECURITY_HEADERS } from '../../src/lib/hosting/hosting.ts';
import { findNginx } from '../support/tools.ts';

const dist = inject('sites').sample;
const pages = [
  '/',
  '/beiye/',
  '/yhd/privacy/',
  '/yhd/privacy/2017-09-01/',
  '/yhd/privacy/2027-01-01/',
  '/yhd/privacy/history/',
  '/en/beiye/privacy/',
  '/missing/',
];

let server: ChildProcess | undefined;
let base = '';
let browser: Browser;

/** Runs deploy/nginx.conf as it is, with only its port and root pointed at this test's build. */
beforeAll(async () => {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed: apt-get install nginx-light (.ci/run does this)');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-nginx-'));
  const site = readFileSync(resolve(root, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/privacy-center;/, `root ${dist};`);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/site.conf;\n}\n`,
  );
  const check = spawnSync(nginx, ['-t', '-c', join(dir, 'nginx.conf'), '-p', dir], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(check.stderr);
  server = spawn(nginx, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(base).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('deploy/nginx.conf serving the sample site', () => {
  it('is the file src/lib/hosting/hosting.ts generates, from the same rules as _headers', () => {
    expect(readFileSync(resolve(root, 'deploy/nginx.conf'), 'utf8')).toBe(nginxConfig());
  });

  it.each([
    ['an HTML page', async () => '/beiye/', 'max-age=0'],
    [
      'a bundled asset',
      async () => /href="(\/_astro\/[^"]+\.css)"/.exec(await (await fetch(`${base}/beiye/`)).text())?.[1],
      'max-age=31536000',
    ],
    ['a search index file', async () => '/pagefind/beiye/pagefind-entry.json', 'max-age=3600'],
    ['a version source', async () => '/beiye/privacy/2019-06-01/source.mdx', 'max-age=0'],
  ])('sends every security header, as _headers does, on %s', async (_, path, cache) => {
    const found = await path();
    expect(found).toBeDefined();
    const response = await fetch(base + found);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control')).toContain(cache);
  });

  it('serves version sources as text and hides files that are not for visitors', async () => {
    expect((await fetch(`${base}/beiye/privacy/2019-06-01/source.mdx`)).headers.get('content-type')).toBe(
      'text/plain; charset=utf-8',
    );
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
    expect((await fetch(`${base}/.privacy-center-site`)).status).toBe(404);
  });

  it('answers an unknown path with the 404 page and status', async () => {
    const response = await fetch(`${base}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面不存在');
  });

  it.each(pages)('%s reports no CSP violation or console error in Chromium', async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !(path === '/missing/' && m.text().includes('404'))) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  });
});
