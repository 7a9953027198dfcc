import { relative, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { loadCatalog, type SiteOptions } from '../lib/build/load.ts';
import { ContentError } from '../lib/problem.ts';
import { storeCatalog } from '../lib/build/store.ts';

/**
 * Checks every content file before Astro starts, so a mistake stops the build with one readable
 * list of problems (file, line, what is wrong, how to fix it) instead of a stack trace.
 * In `astro dev` it checks again on every change: a mistake is printed and shown in the browser's
 * error overlay with the same text, and fixing it reloads the page without a restart.
 */
export function contentCheck(options: SiteOptions): AstroIntegration {
  return {
    name: 'privacy-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        const result = check(options, logger);
        if (result instanceof ContentError) {
          process.stderr.write(`\n${result.message}\n`);
          if (command === 'build') process.exit(1);
          return;
        }
        // A single-brand build is that brand's own center: its `site` is the canonical origin.
        const brandSite = options.brand === undefined ? undefined : result.brands[0]?.data.site;
        if (brandSite !== undefined && options.site === undefined) updateConfig({ site: brandSite });
      },
      'astro:server:setup': ({ server, logger }) => watchContent(server, options, logger),
    },
  };
}

function check(options: SiteOptions, logger: AstroIntegrationLogger) {
  try {
    const catalog = loadCatalog(options);
    storeCatalog({ catalog, contentDir: options.contentDir });
    const versions = catalog.brands.reduce((n, b) => n + b.policies.reduce((m, p) => m + p.versions.length, 0), 0);
    logger.info(`${catalog.brands.length} brands, ${versions} versions, statuses as of ${catalog.now}`);
    return catalog;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    storeCatalog({ problems: error.problems, contentDir: options.contentDir });
    return error;
  }
}

function watchContent(server: ViteDevServer, options: SiteOptions, logger: AstroIntegrationLogger): void {
  server.watcher.add(options.contentDir);
  const changed = (path: string) => {
    const rel = relative(options.contentDir, resolve(path));
    if (rel.startsWith('..') || rel === '') return;
    const result = check(options, logger);
    if (result instanceof ContentError) {
      logger.error(`\n${result.message}`);
      server.ws.send({ type: 'error', err: overlay(result, options.contentDir) });
    } else {
      // Every page may show the changed file (lists, feeds, redlines): reload rather than patch.
      server.moduleGraph.invalidateAll();
      server.ws.send({ type: 'full-reload' });
    }
  };
  server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
}

/** The overlay's error: the build's own text, pointing at the first problem's file and line. */
function overlay(error: ContentError, contentDir: string) {
  const first = error.problems[0];
  const file = first === undefined ? contentDir : resolve(contentDir, first.file);
  return {
    message: error.message,
    stack: '',
    plugin: 'privacy-center:content-check',
    id: file,
    loc: { file, line: first?.line ?? 1, column: first?.column ?? 1 },
  };
}
