import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, compileBody, readVersion, root, tempDir } from './helpers.ts';

const seed = readFileSync(join(root, 'tests/fixtures/seeds/002_9d3777552d873cdf.txt'), 'utf8');
const where = (content: string) => [
  '--brand',
  'acme',
  '--policy',
  'privacy',
  '--effective',
  '2024-01-01',
  '--content',
  content,
];

describe('import on files from outside', () => {
  it('detects a GBK-encoded scrape and imports its text, saying which encoding it read', async () => {
    const dir = tempDir('gbk');
    const input = join(dir, 'policy.txt');
    writeFileSync(input, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: seed }));
    const content = join(dir, 'content');
    const r = await cli(['import', input, ...where(content)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Read ${input} as GB18030 text.`);
    const { body } = readVersion(join(content, 'brands/acme/privacy/2024-01-01.mdx'));
    expect(body).toContain('个人信息');
    expect(body).not.toMatch(/\uFFFD/);
  });

  it('refuses a file that is not text and writes nothing', async () => {
    const dir = tempDir('binary');
    const input = join(dir, 'policy.txt');
    writeFileSync(input, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 159, 146, 150, 0, 1, 2])]));
    const content = join(dir, 'content');
    const r = await cli(['import', input, ...where(content)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/policy\.txt: The file is not text/);
    expect(r.stderr).toContain('Nothing was written.');
    expect(existsSync(content)).toBe(false);
  });

  it('removes script links, link definitions and images, keeping their text, and says so', async () => {
    const dir = tempDir('neutralise');
    const input = join(dir, 'policy.md');
    writeFileSync(
      input,
      '# Privacy\n\nSee [our terms][t] and [help](java&#x09;script:alert(1)) or ![tracker](https://tracker.example/p.gif).\n\n[t]: javascript:alert(2)\n',
    );
    const content = join(dir, 'content');
    const r = await cli(['import', input, ...where(content)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { body } = readVersion(join(content, 'brands/acme/privacy/2024-01-01.mdx'));
    expect(body).not.toMatch(/javascript|script:|!\[/i);
    // An image becomes a link to it: following a link is the reader's choice, loading an image is not.
    expect(body).toContain('[tracker](https://tracker.example/p.gif)');
    expect(body).toContain('our terms');
    expect(body).toContain('help');
    expect(r.stdout).toMatch(/link definition "javascript:alert\(2\)" removed/);
    expect(r.stdout).toMatch(/link ".*script:alert\(1\)" removed, its text kept/);
    compileBody(body);
  });

  it('turns a saved page with active content into plain policy text', async () => {
    const dir = tempDir('html');
    const input = join(dir, 'policy.html');
    writeFileSync(
      input,
      '<html><head><title>Privacy</title><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"></head><body><h1>Privacy</h1><p onclick="alert(1)">We <a href="javascript:alert(1)">collect</a> data.<img src="https://tracker.example/p.gif"></p><iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="x"></form><script>alert(1)</script></body></html>',
    );
    const content = join(dir, 'content');
    const r = await cli(['import', input, ...where(content)]);
    expect(r.code).toBe(0);
    const { body } = readVersion(join(content, 'brands/acme/privacy/2024-01-01.mdx'));
    expect(body).toContain('We collect data.');
    expect(body).not.toMatch(/evil|javascript|onclick|<script|<iframe|<form|!\[/i);
    compileBody(body);
  });
});

describe('import-history interrupted', () => {
  it('leaves the whole history or none of it, never a part for the next build to publish', async () => {
    const repo = tempDir('history-kill');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=E', '-c', 'user.email=e@example.com', '-C', repo, ...args], {
        stdio: 'ignore',
      });
    git('init', '-q');
    // 300 commits, each a new text on a new day: one version each.
    const fast = execFileSync('git', ['-C', repo, 'fast-import', '--quiet'], {
      input: Array.from({ length: 300 }, (_, i) => {
        const text = `# Policy\n\n## Data\n\nRevision ${i}: we collect item ${i}.\n`;
        const date = Date.UTC(2000, 0, 1) / 1000 + i * 86_400;
        return `commit refs/heads/main\ncommitter E <e@example.com> ${date} +0000\ndata ${String(i).length + 1}\nr${i}\nM 644 inline policy.md\ndata ${Buffer.byteLength(text)}\n${text}\n`;
      }).join(''),
    });
    expect(fast).toBeDefined();
    git('checkout', '-q', 'main');
    const args = (content: string) => [
      'import-history', '--git', repo, '--path', 'policy.md', '--brand', 'acme', '--policy', 'privacy', '--content', content,
    ]; // prettier-ignore
    const full = tempDir('history-full');
    const started = performance.now();
    expect((await cli(args(full))).code).toBe(0);
    const duration = performance.now() - started;
    // Killed at half and at nearly all of a full run's time: while converting, and while writing.
    for (const share of [0.5, 0.95]) {
      const content = tempDir('history-kill-content');
      const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'src/cli/main.ts'), ...args(content)], {
        stdio: 'ignore',
      });
      const exited = new Promise((done) => child.on('exit', done));
      await new Promise((done) => setTimeout(done, duration * share));
      child.kill('SIGKILL');
      await exited;
      const policy = join(content, 'brands/acme/privacy');
      const written = existsSync(policy) ? readdirSync(policy).length : 0;
      expect([0, 300], `${written} versions after a kill at ${share} of the run`).toContain(written);
      // The next run cleans up whatever the killed one left and writes all 300.
      const again = await cli([...args(content), '--force']);
      expect(again.stderr).toBe('');
      expect(readdirSync(policy)).toHaveLength(300);
      expect(readdirSync(content)).toEqual(['brands']);
    }
  }, 120_000);
});
