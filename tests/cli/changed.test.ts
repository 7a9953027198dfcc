import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.ts';

describe('privacy-center changed', () => {
  it('lists the brands whose files changed since a commit, and every brand when the code or shared content did', async () => {
    const repo = tempDir('changed');
    cpSync('content', join(repo, 'content'), { recursive: true });
    writeFileSync(join(repo, 'README.md'), '# Our privacy center\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args]);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'Policies');
    const changed = async (...args: string[]) => cli(['changed', ...args], { cwd: repo });
    expect((await changed()).stdout).toBe('');

    writeFileSync(join(repo, 'content/brands/yhd/privacy/2099-01-01.mdx'), '---\ntitle: 隐私政策\n---\n\n正文。\n');
    writeFileSync(join(repo, 'README.md'), '# Our privacy centre\n');
    git('rm', '-q', '-r', 'content/brands/chefu');
    expect((await changed()).stdout).toBe('yhd\n');
    expect((await changed()).stderr).toContain('Removed since HEAD: chefu.');
    expect(JSON.parse((await changed('--format', 'json')).stdout)).toEqual({
      all: false,
      because: null,
      brands: ['yhd'],
      removed: ['chefu'],
    });
    git('commit', '-q', '-am', 'Edits');
    expect((await changed('--since', 'HEAD~1')).stdout).toBe('yhd\n');

    writeFileSync(join(repo, 'content/site.yaml'), `${readFileSync(join(repo, 'content/site.yaml'), 'utf8')}\n`);
    const all = await changed();
    expect(all.stdout).toBe('beiye\njiapin\nxinrisheng\nyhd\n');
    expect(all.stderr).toContain('Every brand: content/site.yaml changed since HEAD.');
    expect((await changed('--since', 'nowhere')).code).toBe(2);
    expect(JSON.parse((await changed('--all', '--format', 'json')).stdout)).toEqual({
      all: true,
      because: '--all',
      brands: ['beiye', 'jiapin', 'xinrisheng', 'yhd'],
      removed: [],
    });
  });
});
