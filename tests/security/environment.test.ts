import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runBuild } from '../support/build.ts';

/** Settings and folders around the content: what a wrong or hostile environment must not achieve. */
const fixture = resolve(root, 'tests/fixtures/sites/basic');
const temp = () => mkdtempSync(join(tmpdir(), 'pc-env-'));

/** A content folder inside its own git repository, as a company keeps it. */
function repository(): { repo: string; content: string } {
  const repo = temp();
  execFileSync('git', ['init', '-q', repo]);
  const content = join(repo, 'content');
  cpSync(fixture, content, { recursive: true });
  return { repo, content };
}

/** The build with the fixture's date; `env` adds the settings under test. */
const build = (env: Record<string, string>) => runBuild({ PRIVACY_CENTER_NOW: '2024-01-01', ...env });

describe('the output folder', () => {
  it.each([
    ['the content folder', (r: { repo: string; content: string }) => r.content, /is the content folder/],
    [
      'the repository that holds the content',
      (r: { repo: string; content: string }) => r.repo,
      /is the git repository/,
    ],
    [
      'a folder inside the content',
      (r: { repo: string; content: string }) => join(r.content, 'brands'),
      /inside the content folder/,
    ],
    ['the project', () => root, /is the project/],
  ])('is refused when it is %s, and nothing is deleted', async (_, pick, message) => {
    const r = repository();
    const before = readdirSync(r.content, { recursive: true }).length;
    const result = await build({ PRIVACY_CENTER_CONTENT: r.content, PRIVACY_CENTER_OUT: pick(r) });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.output).toContain('Nothing was written or deleted.');
    expect(readdirSync(r.content, { recursive: true })).toHaveLength(before);
    expect(existsSync(join(r.repo, '.git', 'HEAD'))).toBe(true);
    expect(existsSync(join(root, 'package.json'))).toBe(true);
  });

  it('is refused when it holds files no build wrote, and they stay', async () => {
    const out = temp();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = await build({ PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: out });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/holds files that no Privacy Center build wrote/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('settings', () => {
  it.each([
    ['PRIVACY_CENTER_NOW', '2024-13-45', /"2024-13-45" is not a real date/],
    ['PRIVACY_CENTER_NOW', 'tomorrow', /"tomorrow" is not a real date/],
    ['PRIVACY_CENTER_SITE', 'not a url', /"not a url" is not an absolute URL/],
    ['PRIVACY_CENTER_SITE', 'javascript:alert(1)', /is not an http\(s\) address/],
    ['PRIVACY_CENTER_SITE', 'ftp://privacy.example.com/', /is not an http\(s\) address/],
    ['PRIVACY_CENTER_SITE', 'https://example.com/privacy/', /has a path, query or credentials/],
  ])('%s=%s is refused with the variable’s name before anything is built', async (name, value, message) => {
    const out = join(temp(), 'dist');
    const result = await build({ PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: out, [name]: value });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${name}  error [settings]`);
    expect(result.output).toMatch(message);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('builds side by side', () => {
  it('two builds of different content into different folders at once both succeed', async () => {
    const other = temp();
    cpSync(fixture, other, { recursive: true });
    writeFileSync(
      join(other, 'brands/acme/brand.yaml'),
      readFileSync(join(other, 'brands/acme/brand.yaml'), 'utf8').replace(/^name: .*$/m, 'name: 第二个'),
    );
    const outs = [join(temp(), 'a'), join(temp(), 'b')];
    const results = await Promise.all([
      build({ PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: outs[0]! }),
      build({ PRIVACY_CENTER_CONTENT: other, PRIVACY_CENTER_OUT: outs[1]! }),
    ]);
    for (const r of results) expect(r.status, r.output).toBe(0);
    expect(readFileSync(join(outs[0]!, 'acme/index.html'), 'utf8')).not.toContain('第二个');
    expect(readFileSync(join(outs[1]!, 'acme/index.html'), 'utf8')).toContain('第二个');
  }, 180_000);

  it('a second build into the same folder waits for the first and says so', async () => {
    const out = join(temp(), 'dist');
    const env = { PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: out };
    const first = build(env);
    // The second starts once the first holds the destination's lock (scripts/build.ts), however
    // long the first takes to start on a busy machine.
    const lock = join(
      root,
      'node_modules/.cache/privacy-center/builds/locks',
      createHash('sha256').update(out).digest('hex').slice(0, 16),
    );
    await expect.poll(() => existsSync(lock), { timeout: 60_000, interval: 50 }).toBe(true);
    const second = await build(env);
    expect((await first).status).toBe(0);
    expect(second.status).toBe(0);
    expect(second.output).toMatch(/Waiting for the build of .* by process \d+ to finish/);
    expect(existsSync(join(out, 'acme/privacy/index.html'))).toBe(true);
  }, 180_000);

  it('removes the scratch folder a killed build left, which git ignores', async () => {
    const stale = join(root, 'node_modules/.cache/privacy-center/builds/999999');
    mkdirSync(join(stale, 'site'), { recursive: true });
    expect(spawnSync('git', ['check-ignore', '-q', stale], { cwd: root }).status).toBe(0);
    const result = await build({ PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: join(temp(), 'dist') });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(stale)).toBe(false);
  }, 120_000);
});

/** A small filesystem of its own (tmpfs), for outputs on another device and for a full disk. */
const mounts: string[] = [];
function tmpfs(size: string): string | undefined {
  const dir = temp();
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
  if (mounted) mounts.push(dir);
  return mounted ? dir : undefined;
}
afterAll(() => {
  for (const dir of mounts) spawnSync('umount', [dir]);
});

describe.runIf(process.getuid?.() === 0)('outputs on another filesystem (needs root to mount a tmpfs)', () => {
  it('moves the site across filesystems', async () => {
    const fs = tmpfs('64m');
    expect(fs).toBeDefined();
    const result = await build({ PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: join(fs!, 'dist') });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(fs!, 'dist/acme/privacy/index.html'))).toBe(true);
    expect(readdirSync(fs!)).toEqual(['dist']);
  }, 120_000);

  it('keeps the previous site when the disk fills up during the copy', async () => {
    const fs = tmpfs('256k');
    expect(fs).toBeDefined();
    const out = join(fs!, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, '.privacy-center-site'), '');
    writeFileSync(join(out, 'index.html'), 'previous site');
    const result = await build({ PRIVACY_CENTER_CONTENT: fixture, PRIVACY_CENTER_OUT: out });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /could not be copied to .*\((ENOSPC|EIO)[^)]*\); the previous site there is unchanged/s,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(fs!)).toEqual(['dist']);
  }, 120_000);
});
