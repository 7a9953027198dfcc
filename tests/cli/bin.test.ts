import { describe, expect, it } from 'vitest';
import { bin, cli } from './helpers.ts';

describe('bin/privacy-center.js', () => {
  it('runs the TypeScript CLI from whatever node starts it, passing arguments and exit codes through', () => {
    const help = bin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: privacy-center <command>/);
    expect(bin(['lint', '--content', 'tests/fixtures/lint', '--format', 'json']).code).toBe(1);
    expect(bin(['lint', '--content', 'content']).code).toBe(0);
    const unknown = bin(['publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
  });
});

describe('privacy-center help', () => {
  it.each(['import', 'import-history', 'new-version', 'lint'])(
    '%s --help describes options and exit codes',
    (command) => {
      const r = cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: privacy-center ${command} `));
      expect(r.stdout).toContain('--content <dir>');
      expect(r.stdout).toContain('Exit codes:');
      expect(cli(['help', command]).stdout).toBe(r.stdout);
    },
  );

  it('prints the command list and exits 2 without a command', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("import-history  turn a file's git history into dated versions");
  });
});
