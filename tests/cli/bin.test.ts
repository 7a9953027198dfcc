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
  it.each(['import', 'import-history', 'new-version', 'lint'])(
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

  it('prints the command list and exits 2 without a command', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("import-history  turn a file's git history into dated versions");
  });
});
