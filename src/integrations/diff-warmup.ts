import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { SiteOptions } from '../lib/build/load.ts';

/**
 * Starts computing redlines on a second thread as soon as the content is checked, so they are in the
 * cache by the time pages render (src/lib/diff/cache.ts). Only a speed-up: if it fails or is slow, pages
 * compute what they need themselves.
 */
export function diffWarmup(options: SiteOptions): AstroIntegration {
  let worker: Worker | undefined;
  return {
    name: 'privacy-center:diff-warmup',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        // Loaded by path from the project root: the config itself runs from a bundled copy elsewhere.
        worker = new Worker(join(options.projectDir ?? process.cwd(), 'src/integrations/diff-warmup-worker.ts'), {
          workerData: options,
        });
        worker.on('error', () => undefined);
        worker.unref();
      },
      'astro:build:done': async () => {
        await worker?.terminate();
      },
    },
  };
}
