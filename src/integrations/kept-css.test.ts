import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import tailwindcss from '@tailwindcss/vite';
import { afterEach, describe, expect, it } from 'vitest';
import { startKeeping } from '../lib/build/kept-files.ts';
import { keptCss } from './kept-css.ts';

type Handler = (this: unknown, code: string, id: string) => Promise<unknown>;

/**
 * Tailwind's real plugins, with the stylesheet compiler counted: the test is of what keptCss keeps
 * and when it asks Tailwind again, so the compiler itself stands in with a counter.
 */
function plugins(calls: string[]): Plugin[] {
  return tailwindcss().map((plugin) =>
    plugin.name === '@tailwindcss/vite:generate:build' && typeof plugin.transform === 'object'
      ? {
          ...plugin,
          transform: {
            ...plugin.transform,
            handler: async (code: string) => {
              calls.push(code);
              return { code: `/* compiled */ ${code}`, map: null };
            },
          },
        }
      : plugin,
  );
}

function transform(list: Plugin[]): Handler {
  const plugin = list.find((p) => p.name === '@tailwindcss/vite:generate:build');
  const t = plugin?.transform;
  if (typeof t !== 'object' || t === null) throw new Error('no generate plugin');
  return t.handler as Handler;
}

function plan(render: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'kept-css-plan-'));
  const file = join(dir, 'keep.json');
  writeFileSync(file, JSON.stringify({ render, from: undefined, files: {}, keys: join(dir, 'keys.json') }));
  startKeeping(file, join(dir, 'site'));
}

afterEach(() => startKeeping(undefined, ''));

describe('keptCss', () => {
  const env = { environment: { name: 'client' } };

  it('wraps only the plugin that compiles stylesheets, keeping the others as Tailwind made them', () => {
    const original = tailwindcss();
    const wrapped = keptCss(original, mkdtempSync(join(tmpdir(), 'kept-css-')));
    expect(wrapped.map((p) => p.name)).toEqual(original.map((p) => p.name));
    expect(wrapped.filter((p, i) => p !== original[i]).map((p) => p.name)).toEqual([
      '@tailwindcss/vite:generate:build',
    ]);
  });

  it('compiles a stylesheet once per render key and text, and gives the kept CSS after', async () => {
    const calls: string[] = [];
    const cache = mkdtempSync(join(tmpdir(), 'kept-css-'));
    plan('render-1');
    const run = transform(keptCss(plugins(calls), cache));
    const first = await run.call(env, '@import "tailwindcss";', '/p/src/styles/global.css');
    expect(await run.call(env, '@import "tailwindcss";', '/p/src/styles/global.css')).toEqual(first);
    expect(calls).toHaveLength(1);
    // A later build of the same code, in a new process: still kept.
    expect(
      await transform(keptCss(plugins(calls), cache)).call(env, '@import "tailwindcss";', '/p/src/styles/global.css'),
    ).toEqual(first);
    expect(calls).toHaveLength(1);
    // A changed stylesheet, or changed code (a new render key), is compiled again.
    await run.call(env, '@import "tailwindcss"; .x {}', '/p/src/styles/global.css');
    plan('render-2');
    await run.call(env, '@import "tailwindcss"; .x {}', '/p/src/styles/global.css');
    expect(calls).toHaveLength(3);
  });

  it('runs Tailwind as it is without a keep plan or a cache folder', async () => {
    const calls: string[] = [];
    const run = transform(keptCss(plugins(calls), mkdtempSync(join(tmpdir(), 'kept-css-'))));
    await run.call(env, 'a', '/p/a.css');
    await run.call(env, 'a', '/p/a.css');
    plan('render-1');
    const uncached = transform(keptCss(plugins(calls), undefined));
    await uncached.call(env, 'a', '/p/a.css');
    await uncached.call(env, 'a', '/p/a.css');
    expect(calls).toHaveLength(4);
  });
});
