import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/build.ts';

interface Locked {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, Locked>;
};
const names = new Set(Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')));

/** The platforms a clean install must work on, as the native packages spell them. */
const platforms: Record<string, RegExp> = {
  'Linux x64': /linux-x64(?!-musl)|linux-x64-gnu/,
  'Linux arm64': /linux-arm64/,
  'macOS arm64': /darwin-arm64/,
  'macOS x64': /darwin-x64/,
  'Windows x64': /win32-x64|windows-x64/,
};

/** Packages that ship a native binary per platform as optional dependencies. */
const native = Object.entries(lock.packages).filter(
  ([path, entry]) =>
    !/node_modules\/.*node_modules\//.test(path) &&
    Object.keys(entry.optionalDependencies ?? {}).filter((name) => /darwin|win32|windows|linux/.test(name)).length > 1,
);

describe('package-lock.json', () => {
  it('locks every optional dependency it names, so npm ci accepts it on any registry', () => {
    const missing = Object.values(lock.packages).flatMap((entry) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((name) => !names.has(name)),
    );
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(platforms))('holds the native binaries for %s', (platform) => {
    expect(native.length).toBeGreaterThan(5);
    const without = native
      .filter(([, entry]) => !Object.keys(entry.optionalDependencies ?? {}).some((n) => platforms[platform]!.test(n)))
      .map(([path]) => path);
    // sharp's binaries come in pairs (sharp-* and sharp-libvips-*); every parent offers each platform.
    expect(without).toEqual([]);
    const locked = native.flatMap(([, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((n) => platforms[platform]!.test(n) && names.has(n)),
    );
    expect(locked.length).toBeGreaterThanOrEqual(native.length);
  });

  it('has one @emnapi runtime at the top, the version the Astro compiler binding asks for', () => {
    const runtime = lock.packages['node_modules/@emnapi/runtime']?.version;
    const core = lock.packages['node_modules/@emnapi/core']?.version;
    expect(runtime).toBe(core);
    expect(runtime).toMatch(/^1\./);
  });
});
