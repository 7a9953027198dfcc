import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, readVersion, tempDir } from './helpers.ts';

/** Commits with fixed dates and author, so shas and dates are the same on every run. */
function gitRepo(): {
  repo: string;
  git: (...args: string[]) => string;
  commit: (date: string, message: string) => string;
} {
  const repo = tempDir('history-repo');
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Test Editor',
        '-c',
        'user.email=editor@example.com',
        '-c',
        'init.defaultBranch=main',
        '-c',
        'commit.gpgsign=false',
        '-C',
        repo,
        ...args,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_DATE: process.env['PC_DATE'], GIT_COMMITTER_DATE: process.env['PC_DATE'] },
      },
    );
  const commit = (date: string, message: string) => {
    process.env['PC_DATE'] = `${date}T12:00:00+00:00`;
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  git('init', '-q');
  return { repo, git, commit };
}

const text = (version: string, extra = '') =>
  `# Privacy Policy\n\n${extra}## Data we collect\n\nWe collect your ${version}.\n`;

describe('privacy-center import-history', () => {
  const shas: Record<string, string> = {};
  let repo = '';

  beforeAll(async () => {
    const g = gitRepo();
    repo = g.repo;
    writeFileSync(join(repo, 'policy.md'), text('email address', 'Effective: January 1, 2020\n\n'));
    shas['first'] = g.commit('2020-01-10', 'First policy');
    writeFileSync(
      join(repo, 'policy.md'),
      `\uFEFF${text('email address', 'Effective: January 1, 2020\n\n').replace(/\n/g, '\r\n')}  `,
    );
    shas['crlf'] = g.commit('2020-02-01', 'Convert to CRLF with BOM');
    writeFileSync(join(repo, 'policy.md'), text('email address and phone number', 'Effective: March 1, 2020\n\n'));
    shas['phone'] = g.commit('2020-02-20', 'Add phone number');
    mkdirSync(join(repo, 'docs'));
    g.git('mv', 'policy.md', 'docs/privacy.md');
    shas['move'] = g.commit('2020-04-01', 'Move the policy to docs/');
    writeFileSync(join(repo, 'docs/privacy.md'), text('email address, phone number and addres'));
    shas['draft'] = g.commit('2020-05-01', 'Add postal address (draft)');
    writeFileSync(join(repo, 'docs/privacy.md'), text('email address, phone number and address'));
    shas['fix'] = g.commit('2020-05-01', 'Fix typo');
    g.git('checkout', '-q', '-b', 'side');
    writeFileSync(
      join(repo, 'docs/privacy.md'),
      text('email address, phone number, address and <b>IP address</b> {when you visit}'),
    );
    shas['side'] = g.commit('2020-06-01', 'Side branch: add IP address');
    g.git('checkout', '-q', 'main');
    process.env['PC_DATE'] = '2020-06-15T12:00:00+00:00';
    g.git('merge', '-q', '--no-ff', '-m', 'Merge side branch', 'side');
    shas['merge'] = g.git('rev-parse', 'HEAD').trim();
  });

  it('writes one version per distinct text, following the rename and skipping whitespace-only commits', async () => {
    const content = tempDir('history');
    const r = await cli([
      'import-history',
      '--git',
      repo,
      '--path',
      'docs/privacy.md',
      '--path',
      'policy.md',
      '--brand',
      'acme',
      '--policy',
      'privacy',
      '--locale',
      'en',
      '--content',
      content,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(content, 'brands/acme/privacy'))).toEqual([
      '2020-01-10.mdx',
      '2020-02-20.mdx',
      '2020-05-01.mdx',
      '2020-06-15.mdx',
    ]);
    const short = (k: string) => shas[k]!.slice(0, 7);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Created brands\/acme\/brand.yaml/);
    expect(lines[1]).toMatch(/^commit {3}date {8}action/);
    expect(lines.slice(2, 10).map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
      `${short('first')} 2020-01-10 wrote brands/acme/privacy/2020-01-10.mdx First policy`,
      `${short('crlf')} 2020-02-01 skipped only BOM, line endings or whitespace changed Convert to CRLF with BOM`,
      `${short('phone')} 2020-02-20 wrote brands/acme/privacy/2020-02-20.mdx Add phone number`,
      `${short('move')} 2020-04-01 skipped text unchanged Move the policy to docs/`,
      `${short('draft')} 2020-05-01 skipped replaced by ${short('fix')}, a later revision for 2020-05-01 Add postal address (draft)`,
      `${short('fix')} 2020-05-01 wrote brands/acme/privacy/2020-05-01.mdx Fix typo`,
      `${short('merge')} 2020-06-15 wrote brands/acme/privacy/2020-06-15.mdx Merge side branch`,
      '4 versions written, 3 commits skipped. Check them, then run: privacy-center lint',
    ]);
    expect(r.stdout).not.toContain(short('side'));
    const first = readVersion(join(content, 'brands/acme/privacy/2020-01-10.mdx'));
    expect(first.yaml).toBe('title: Privacy Policy');
    const fix = readVersion(join(content, 'brands/acme/privacy/2020-05-01.mdx'));
    expect(fix.yaml).toBe(`title: Privacy Policy\nsummary: "Imported from git commit ${short('fix')}: Fix typo"`);
    expect(fix.body).toContain('phone number and address.');
    expect(readVersion(join(content, 'brands/acme/privacy/2020-06-15.mdx')).body).toContain(
      '**IP address** \\{when you visit}',
    );
    expect((await cli(['lint', '--content', content])).code).toBe(0);
  });

  it('dates versions by the effective date the text states, when asked', async () => {
    const content = tempDir('history-text');
    const r = await cli([
      'import-history',
      '--git',
      repo,
      '--path',
      'docs/privacy.md',
      '--path',
      'policy.md',
      '--brand',
      'acme',
      '--policy',
      'privacy',
      '--effective-from',
      'text',
      '--content',
      content,
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(content, 'brands/acme/privacy'))).toEqual([
      '2020-01-01.mdx',
      '2020-03-01.mdx',
      '2020-05-01.mdx',
      '2020-06-15.mdx',
    ]);
    expect(r.stdout).toContain('Add phone number (date stated in the text)');
    expect(r.stdout).toContain('Fix typo (no date in the text: commit date)');
  });

  it('gives each version the title its own text writes, even as a heading with inline HTML', async () => {
    const g = gitRepo();
    const kramdown = (title: string, body: string) =>
      `---\nlayout: page\n---\n\n## <span class="brand">Acme</span> <span class="doc">${title}</span>\n\n## 一、收集\n\n*了解更多：*我们收集${body}。\n`;
    writeFileSync(join(g.repo, 'privacy.md'), kramdown('隐私声明', '手机号码'));
    g.commit('2021-01-05', 'First');
    writeFileSync(join(g.repo, 'privacy.md'), kramdown('个人信息保护政策', '手机号码和地址'));
    g.commit('2022-03-01', 'Renamed');
    const content = tempDir('history-titles');
    const r = await cli([
      'import-history',
      '--git',
      g.repo,
      '--path',
      'privacy.md',
      '--brand',
      'acme',
      '--policy',
      'privacy',
      '--content',
      content,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const title = (date: string) =>
      /^title: (.*)$/m.exec(readVersion(join(content, `brands/acme/privacy/${date}.mdx`)).yaml)?.[1];
    expect(title('2021-01-05')).toBe('Acme 隐私声明');
    expect(title('2022-03-01')).toBe('Acme 个人信息保护政策');
    expect(readVersion(join(content, 'brands/acme/privacy/2022-03-01.mdx')).body).toContain(
      '*了解更多：*我们收集手机号码和地址。',
    );
  });

  it('refuses to replace versions that exist, and exits 2 on wrong usage', async () => {
    const content = tempDir('history-again');
    const args = [
      'import-history',
      '--git',
      repo,
      '--path',
      'docs/privacy.md',
      '--path',
      'policy.md',
      '--brand',
      'acme',
      '--policy',
      'privacy',
      '--content',
      content,
    ];
    expect((await cli(args)).code).toBe(0);
    const again = await cli(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      'These versions exist already; pass --force to replace them:\n  brands/acme/privacy/2020-01-10.mdx',
    );
    expect((await cli([...args, '--force'])).code).toBe(0);
    expect(
      (await cli(['import-history', '--git', content, '--path', 'x.md', '--brand', 'a', '--policy', 'p'])).stderr,
    ).toMatch(/is not a git repository/);
    expect(
      (await cli(['import-history', '--git', repo, '--path', 'nope.md', '--brand', 'a', '--policy', 'p'])).stderr,
    ).toMatch(/No commit on the first-parent history/);
    expect(
      (
        await cli([
          'import-history',
          '--git',
          repo,
          '--path',
          'policy.md',
          '--brand',
          'a',
          '--policy',
          'p',
          '--effective-from',
          'tag',
        ])
      ).code,
    ).toBe(2);
  });
});
