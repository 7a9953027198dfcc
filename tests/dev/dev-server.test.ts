import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { root } from '../support/build.ts';
import { freePort } from '../support/ports.ts';
import { userEnv } from '../support/run.ts';

/** `npm run dev` as an editor uses it: edit, break and fix a policy file while the page is open. */
const content = mkdtempSync(join(tmpdir(), 'privacy-center-dev-'));
const file = join(content, 'brands/acme/privacy/2023-06-01.mdx');
const original = () =>
  readFileSync(resolve(root, 'tests/fixtures/sites/basic/brands/acme/privacy/2023-06-01.mdx'), 'utf8');

let server: ChildProcess;
let output = '';
let url = '';
let browser: Browser;
let page: Page;

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}. Dev server output:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Text read from the page, or '' while the dev server reloads it: a reload in the middle of a read
 * destroys the page's context, and the caller polls again.
 */
async function pageText(read: () => string): Promise<string> {
  try {
    return await page.evaluate(read);
  } catch (error) {
    if (/Execution context was destroyed|navigating/i.test(String(error))) return '';
    throw error;
  }
}

const mainText = () => pageText(() => document.querySelector('main')?.textContent ?? '');

/** The text of Astro's error overlay, which lives in a shadow root. */
const overlayText = () => pageText(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

beforeAll(async () => {
  cpSync(resolve(root, 'tests/fixtures/sites/basic'), content, { recursive: true });
  const port = await freePort();
  // `privacy-center dev` (what `npm run dev` runs), with its settings as flags; it starts Astro as a
  // child, so the server runs in a process group of its own that afterAll stops as a whole.
  server = spawn(
    process.execPath,
    [
      resolve(root, 'src/cli/main.ts'),
      'dev',
      '--content',
      content,
      '--now',
      '2024-01-01',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...userEnv(), NO_COLOR: '1' } },
  );
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  url = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
  await until('the dev server', () => /ready in/.test(output), 60_000);
  page = await browser.newPage();
  // "ready" is printed before the routes are; wait until the page answers.
  await until(
    'the first page',
    () =>
      fetch(`${url}/acme/privacy/`).then(
        (r) => r.ok,
        () => false,
      ),
    60_000,
  );
  await page.goto(`${url}/acme/privacy/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already ended.
    }
  }
  rmSync(content, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it("serves the files the build writes beside the pages: a version's source and blocks, the feeds", async () => {
    const source = await fetch(`${url}/acme/privacy/2023-06-01/source.mdx`);
    expect(source.status).toBe(200);
    expect(await source.text()).toContain('我们将收取您的姓名和电话号码。');
    const blocks = await fetch(`${url}/acme/privacy/2023-06-01/blocks.json`);
    expect(blocks.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.stringify(await blocks.json())).toContain('我们将收取您的姓名和电话号码。');
    expect((await fetch(`${url}/acme/feed.xml`)).status).toBe(200);
  });

  it('shows the current text of a policy', async () => {
    // Vite may reload the page once after it optimises dependencies on first start.
    await until('the page text', async () =>
      (await mainText().catch(() => '')).includes('我们将收取您的姓名和电话号码。'),
    );
  });

  it('updates the open page when a policy file changes', async () => {
    writeFileSync(file, original().replace('我们将收取您的姓名和电话号码。', '我们将收取您的姓名。'));
    await until('the edited text', async () => (await mainText().catch(() => '')).includes('我们将收取您的姓名。'));
    // Frontmatter feeds the catalog (titles, lists, feeds), not only the text.
    writeFileSync(file, original().replace('title: 示例隐私政策', 'title: 示例隐私声明'));
    await until('the edited title', async () => (await page.title().catch(() => '')).includes('示例隐私声明'));
  });

  it('shows a broken file with the build’s own message in the terminal and in the browser overlay', async () => {
    const before = output.length;
    writeFileSync(file, original().replace('我们将收取您的姓名和电话号码。', '我们将收取您的 { 姓名。'));
    const where = 'brands/acme/privacy/2023-06-01.mdx:9:';
    await until('the message in the terminal', () => output.slice(before).includes(where));
    const terminal = output.slice(before);
    expect(terminal).toContain('The text is not valid MDX');
    expect(terminal).toContain('Fix: Write \\{ and \\} to show braces as text.');
    await until('the overlay', async () => (await overlayText()).includes(where));
    const overlay = await overlayText();
    expect(overlay).toContain('The text is not valid MDX');
    expect(overlay).toContain('Write \\{ and \\} to show braces as text.');
  });

  it('recovers without a restart once the file is fixed, saved in two steps as some editors do', async () => {
    // Truncate, then write: the watcher may see the empty file and not the write.
    writeFileSync(file, '');
    await new Promise((r) => setTimeout(r, 15));
    writeFileSync(file, original().replace('我们将收取您的姓名和电话号码。', '我们将收取您的电话号码。'));
    await until('the fixed page', async () => (await mainText().catch(() => '')).includes('我们将收取您的电话号码。'));
    expect(await overlayText()).toBe('');
    expect(output).not.toMatch(/Restarting|server restarted/i);
  });
});
