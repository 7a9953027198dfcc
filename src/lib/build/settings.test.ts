import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheEnv, compileCacheFull, heapFlags } from './settings.ts';

describe('heapFlags', () => {
  it('gives Node 8 GB and bounded semi-spaces unless NODE_OPTIONS names a size, which the flag would otherwise override', () => {
    const both = ['--max-old-space-size=8192', '--max-semi-space-size=16'];
    expect(heapFlags(undefined)).toEqual(both);
    expect(heapFlags('--enable-source-maps')).toEqual(both);
    expect(heapFlags('--enable-source-maps --max-old-space-size=24000')).toEqual(['--max-semi-space-size=16']);
    expect(heapFlags('--max-semi-space-size=64')).toEqual(['--max-old-space-size=8192']);
    // Node itself: the flag on the command line beats NODE_OPTIONS, so it must be left out.
    const limit = (flags: string[]) =>
      Number(
        execFileSync(process.execPath, [...flags, '-p', 'require("v8").getHeapStatistics().heap_size_limit'], {
          env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=9000' },
        }).toString(),
      ) /
      2 ** 20;
    expect(limit(['--max-old-space-size=8192'])).toBeLessThan(9000);
    expect(limit(heapFlags('--max-old-space-size=9000'))).toBeGreaterThanOrEqual(9000);
    // The young generation a busy program grows to is bounded by the flags (Node's own bound depends on the machine).
    const young = (flags: string[]) =>
      Number(
        execFileSync(process.execPath, [
          ...flags,
          '-p',
          'const kept = []; for (let i = 0; i < 3e6; i++) kept.push({ i }); ' +
            'require("v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size',
        ]).toString(),
      );
    expect(young(heapFlags(undefined))).toBeLessThan(young(['--max-semi-space-size=64']));
  });
});

describe('compileCacheEnv', () => {
  it("keeps Node's compiled code under the build cache, unless the user chose or disabled a compile cache", () => {
    const root = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    try {
      const env = compileCacheEnv({}, root);
      expect(env).toEqual({ NODE_COMPILE_CACHE: join(root, 'node-compile') });
      expect(compileCacheEnv({ NODE_COMPILE_CACHE: '/elsewhere' }, root)).toEqual({});
      expect(compileCacheEnv({ NODE_DISABLE_COMPILE_CACHE: '1' }, root)).toEqual({});
      // Node itself fills the folder when it loads a module with the setting.
      const module = join(root, 'module.mjs');
      writeFileSync(module, 'export const answer = 42;\nconsole.log(answer);\n');
      const run = () =>
        execFileSync(process.execPath, [module], {
          env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, ...env },
        }).toString();
      expect(run()).toBe('42\n');
      const cached = readdirSync(join(root, 'node-compile'), { recursive: true });
      expect(cached.length).toBeGreaterThan(0);
      expect(run()).toBe('42\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('compileCacheFull', () => {
  it('counts the entries Node keeps under each of its versions, and is false without a folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    try {
      expect(compileCacheFull(join(folder, 'none'), 2)).toBe(false);
      for (const [version, names] of [
        ['v24-a', ['1', '2']],
        ['v24-b', ['3']],
      ] as const) {
        mkdirSync(join(folder, version));
        for (const name of names) writeFileSync(join(folder, version, name), '');
      }
      expect(compileCacheFull(folder, 3)).toBe(false);
      expect(compileCacheFull(folder, 2)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
