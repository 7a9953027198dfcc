import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { keeper } from '../lib/build/kept-files.ts';
import { valueCache, type ValueCache } from '../lib/build/value-cache.ts';

/** The Tailwind plugin that turns a stylesheet into CSS in a build. */
const GENERATE = '@tailwindcss/vite:generate:build';

type Transform = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;

/**
 * Tailwind's Vite plugins, with the CSS of each stylesheet kept between builds. Tailwind compiles
 * its stylesheet and scans src/ for class names (src/styles/global.css: `source('../')`) on every
 * build, a third of a second of a rebuild that changed only content. What it makes follows from
 * the stylesheet and the code and packages the build's render key covers (src/lib/build/up-to-date.ts:
 * renderInputs, which scripts/build.ts hands this process in the keep plan), so under the same key
 * and the same stylesheet the CSS of the last build is used again. One entry per stylesheet is kept.
 * Without a plan (`astro dev`, `astro build` run by hand) or a cache folder, Tailwind runs as it is.
 */
export function keptCss(plugins: Plugin[], cacheDir: string | undefined): Plugin[] {
  let cache: ValueCache | undefined;
  return plugins.map((plugin) => {
    const transform = plugin.transform;
    if (plugin.name !== GENERATE || typeof transform !== 'object' || transform === null) return plugin;
    const run = transform.handler as Transform;
    const handler = async function (
      this: { environment?: { name: string } },
      code: string,
      id: string,
      ...rest: unknown[]
    ) {
      const render = keeper()?.render;
      if (render === undefined || cacheDir === undefined) return run.call(this, code, id, ...rest);
      cache ??= valueCache(join(cacheDir, 'css'));
      const name = `css-${hash([this.environment?.name ?? '', id])}`;
      const key = hash([render, code]);
      const kept = cache.get<{ key: string; result: unknown }>(name);
      if (kept?.key === key) return kept.result ?? undefined;
      const result = await run.call(this, code, id, ...rest);
      try {
        cache.set(name, { key, result: result ?? null });
      } catch {
        // A result V8 cannot serialize (a source map with methods) is simply not kept.
      }
      return result;
    };
    return { ...plugin, transform: { ...transform, handler } } as Plugin;
  });
}

function hash(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
