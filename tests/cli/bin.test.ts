import { describe, expect, it } from 'vitest';
import { bin, cli } from './helpers.ts';

describe('bin/privacy-center.js', () => {
  it('runs the TypeScript CLI from whatever node starts it, passing arguments and exit codes through', async () => {
    const help = await bin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: privacy-center <command>/);
    expect((await bin(['lint', '--content', 'tests/fixtures/lint', '--format', 'json'])).code).toBe(1);
    expect((await bin(['lint', '--content', 'content'])).code).toBe(0);
    const unknown = await bin(['publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
  });
});

describe('privacy-center help', () => {
  it.each(['init', 'import', 'import-history', 'new-version', 'lint', 'diff', 'changed', 'build', 'dev'])(
    '%s --help describes options and exit codes',
    async (command) => {
      const r = await cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: privacy-center ${command} `));
      expect(r.stdout).toContain('--content <dir>');
      expect(r.stdout).toContain('Exit codes:');
      expect((await cli(['help', command])).stdout).toBe(r.stdout);
    },
  );

  it('preview --help describes its options, and preview says when there is nothing built to serve', async () => {
    const help = await cli(['preview', '--help']);
    expect(help.stdout).toMatch(/^Usage: privacy-center preview /);
    expect(help.stdout).toContain('--out <dir>');
    expect(help.stdout).not.toContain('--content');
    const none = await cli(['preview', '--out', 'no-such-folder']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('there is no built site in no-such-folder; run "privacy-center build" first.');
  });

  it('prints the command list and exits 2 without a command', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("import-history  turn a file's git history into dated versions");
  });
});
