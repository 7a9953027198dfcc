import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { close, createIndex } from 'pagefind';

/**
 * Files of the bundle the site never loads: Pagefind's prebuilt interfaces (the site has its own) and
 * its web worker (src/client/search/engine.ts runs Pagefind on the page, with `noWorker`).
 */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

const VERSION_PAGES = '**/????-??-??/index.html';

/** Pages indexed per language, from the bundle's entry file (addDirectory counts every HTML file it read). */
function indexedPages(bundle: string): { total: number; summary: string } {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language} ${page_count}`);
  const total = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  return { total, summary: `${total} page${total === 1 ? '' : 's'} (${counts.join(', ') || 'none'})` };
}

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them. The folder comes from
 * the hook (the build writes into a staging folder that scripts/build.ts renames), never from config.
 * Only elements marked `data-pagefind-body` (the policy text of each permanent version URL) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'privacy-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(errors.join('\n') || 'Pagefind returned no index.');
          // Only version pages carry data-pagefind-body; reading the other pages (redlines, history,
          // the current copies) would double Pagefind's time for nothing. A version page's folder is
          // its effective date, in every mount and locale (src/lib/routes/urls.ts).
          const added = await index.addDirectory({ path: site, glob: VERSION_PAGES });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          for (const file of unusedBundleFiles) rmSync(join(written.outputPath, file), { force: true });
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          const pages = indexedPages(written.outputPath);
          logger.info(`Indexed ${pages.summary} for search in ${seconds}s, from ${added.page_count} HTML files.`);
          if (pages.total === 0)
            logger.warn('No page holds a data-pagefind-body element, so search will find nothing.');
        } catch (error) {
          throw new AstroError(
            `Building the search index of ${site} failed: ${error instanceof Error ? error.message : String(error)}`,
            'Pagefind runs its own binary (pagefind_extended from the @pagefind/<platform> package). Check that `npm ci` installed it for this platform and that the output folder is writable.',
          );
        } finally {
          await close();
        }
      },
    },
  };
}
