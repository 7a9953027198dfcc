import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.ts';

const sample = { env: { PRIVACY_CENTER_CONTENT: 'content', PRIVACY_CENTER_NOW: '2025-01-01' } };

/** A git repository holding the sample brand beiye, committed. */
function repository(): string {
  const repo = tempDir('diff');
  cpSync('content/brands/beiye', join(repo, 'content/brands/beiye'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args]);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Policies');
  return repo;
}

describe('privacy-center diff', () => {
  it('shows the redline of two versions for a terminal: each change under its headings, marked without colour', async () => {
    const r = await cli(['diff', 'beiye/privacy', '2022-03-15', '2024-09-01'], sample);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('beiye/privacy 贝业隐私政策 (zh-CN): 2022-03-15 → 2024-09-01\n');
    expect(r.stdout).toContain('https://privacy.example.com/beiye/privacy/changes/2022-03-15...2024-09-01/');
    expect(r.stdout).toMatch(/sections: 3 changed, 1 added · passages: 4 changed, 3 added · characters: \+\d+ −\d+/);
    // The change sits under the headings it is in, and is told by marks, not colour.
    expect(r.stdout).toContain('§ 二、我们如何收集信息 › 1、您向我们提供的信息\n  当您在向我们的客户线下下达采购订单');
    expect(r.stdout).toContain(
      '地址、邮编[-、银行账号-]及相关附加信息{+;如法律法规要求核验身份的,还包括您的身份证号码+}。',
    );
    expect(r.stdout).toContain('§ 八、您的权利\n  (added) {+八、您的权利+}');
    expect(r.stdout).not.toContain('\x1b[');
    const coloured = await cli(['diff', 'beiye/privacy', '2024-09-01', '--color', 'always'], sample);
    expect(coloured.stdout).toContain('邮编\x1b[31;9m、银行账号\x1b[0m及相关附加信息\x1b[32;4m');
  });

  it('writes Markdown for a pull-request comment and JSON for scripts', async () => {
    const md = await cli(['diff', 'beiye/privacy', '2024-09-01', '--format', 'markdown'], sample);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^### 贝业隐私政策 \\\(beiye\/privacy, zh-CN\\\): 2022-03-15 → 2024-09-01\n/);
    expect(md.stdout).toContain('**Summary:** 示例修订');
    expect(md.stdout).toContain(
      '[Redline on the site](https://privacy.example.com/beiye/privacy/changes/2022-03-15...2024-09-01/)',
    );
    expect(md.stdout).toContain('#### 八、您的权利\n\n- *(added)* <ins>八、您的权利</ins>');
    expect(md.stdout).toContain('邮编<del>、银行账号</del>及相关附加信息<ins>');
    const json = await cli(['diff', 'beiye/privacy', '2024-09-01', '--format', 'json'], sample);
    const { reports } = JSON.parse(json.stdout) as {
      reports: { from: string; to: string; material: boolean; changes: { section: string[]; status: string }[] }[];
    };
    expect(reports.map((r) => [r.from, r.to, r.material])).toEqual([['2022-03-15', '2024-09-01', false]]);
    expect(reports[0]!.changes.filter((c) => c.status === 'added').map((c) => c.section.at(-1))).toContain(
      '八、您的权利',
    );
  });

  it('by default compares each version new or changed in the working tree with the one before it', async () => {
    const repo = repository();
    const options = { cwd: repo, env: { PRIVACY_CENTER_NOW: '2025-01-01' } };
    const none = await cli(['diff'], options);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('No version is new or changed in content since HEAD.');
    expect((await cli(['diff', '--format', 'markdown'], options)).stdout).toBe('No policy version changed.\n');

    const latest = readFileSync(join(repo, 'content/brands/beiye/privacy/2024-09-01.mdx'), 'utf8');
    writeFileSync(
      join(repo, 'content/brands/beiye/privacy/2025-06-01.mdx'),
      latest
        .replace(/summary: .*/, 'summary: 答复时限缩短为10个工作日。\nmaterial: true')
        .replace('15个工作日内', '10个工作日内'),
    );
    const r = await cli(['diff'], options);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^beiye\/privacy 贝业隐私政策 \(zh-CN\): 2024-09-01 → 2025-06-01\nMaterial change/);
    expect(r.stdout).toContain('于[-15-]{+10+}个工作日内');
    expect(r.stdout).not.toContain('2022-03-15');
    // One policy only, and since an older commit.
    expect((await cli(['diff', 'beiye/children'], options)).stdout).toBe('');
    expect((await cli(['diff', '--since', 'main'], options)).stdout).toContain('2024-09-01 → 2025-06-01');
  });

  it('says what is wrong with what it was asked: a policy, a date, a commit, a folder outside git', async () => {
    const repo = repository();
    const options = { cwd: repo, env: { PRIVACY_CENTER_NOW: '2025-01-01' } };
    const date = await cli(['diff', 'beiye/privacy', '2023-01-01'], options);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain(
      'beiye/privacy has no version of 2023-01-01; its versions: 2019-06-01, 2022-03-15, 2024-09-01.',
    );
    expect((await cli(['diff', 'beiye/cookies'], options)).stderr).toContain('Brand "beiye" has no policy "cookies"');
    expect((await cli(['diff', 'beiye'], options)).stderr).toContain('"beiye" is not <brand>/<policy>');
    const ref = await cli(['diff', '--since', 'no-such-branch'], options);
    expect(ref.code).toBe(2);
    expect(ref.stderr).toMatch(/no-such-branch|names no commit/);
    expect((await cli(['diff', '--since=--output=x'], options)).stderr).toContain('a ref cannot start with "-"');
    const outside = tempDir('diff-outside');
    cpSync(join(repo, 'content'), join(outside, 'content'), { recursive: true });
    const plain = await cli(['diff'], { cwd: outside, env: { PRIVACY_CENTER_NOW: '2025-01-01' } });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/git/i);
  });
});
