import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { close, createIndex } from 'pagefind';
import { storedSite } from '../lib/build/store.ts';
import { writeCurrentRecords } from '../lib/build/current-records.ts';
import { textIn } from '../lib/model/catalog.ts';

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

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

/**
 * The URL paths of the pages to index, from the page list the content check stored, and the
 * language of the one index they go in.
 */
function indexed(): { paths: string[]; language: string; characters: number; brands: string[] } {
  const site = storedSite();
  if (site === undefined) throw new Error('The page list was not loaded in this process.');
  const pages = site.pages.filter((p) => p.indexed);
  return {
    paths: pages.map((p) => p.path),
    brands: site.ctx.catalog.brands.map((b) => b.id),
    language: site.ctx.catalog.locale.toLowerCase(),
    characters: pages.reduce((n, p) => n + (p.kind === 'version' ? textIn(p.version, p.locale).body.length : 0), 0),
  };
}

/**
 * How many word positions Pagefind puts in one chunk of the index. A query downloads the chunks
 * holding its words, and Pagefind's default (20,000) makes chunks of about 25 KB gzipped on the
 * sample site, two of them for 个人信息. Smaller chunks make the first query light; the count is kept
 * near 48 (a Chinese character is about one position) so the chunk list every search loads first
 * stays small on a large site, where the default applies again.
 */
export function chunkSize(characters: number): number {
  return Math.min(20_000, Math.max(4_000, Math.ceil(characters / 48)));
}

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
 * Each brand's records of versions in force then go into a file of their own, for the header's
 * quick search (src/lib/search/current.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'privacy-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { paths, language, characters, brands } = indexed();
          // One index for every language, in the site's: Pagefind would otherwise make one per
          // <html lang> and search only the page's, so /search/ would miss English texts and
          // /en/search/ Chinese ones. Search checks every candidate itself (src/lib/search/query.ts),
          // English plurals included, so Chinese segmentation of an English text loses nothing.
          // Pagefind reads this when its service starts, which createIndex does.
          process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunkSize(characters));
          const { index, errors } = await createIndex({ forceLanguage: language });
          if (!index) throw new Error(errors.join('\n') || 'Pagefind returned no index.');
          // Exactly the pages the page list marks as indexed (src/lib/routes/pages.ts); reading the
          // others (redlines, history, the current copies) would double Pagefind's time for nothing.
          const added = { page_count: 0 };
          for (let i = 0; i < paths.length; i += BATCH) {
            const batch = paths.slice(i, i + BATCH);
            const results = await Promise.all(
              batch.map((url) =>
                index.addHTMLFile({ url, content: readFileSync(join(site, url, 'index.html'), 'utf8') }),
              ),
            );
            const failed = results.flatMap((r) => r.errors);
            if (failed.length > 0) throw new Error(failed.join('\n'));
            added.page_count += batch.length;
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          for (const file of unusedBundleFiles) rmSync(join(written.outputPath, file), { force: true });
          await writeCurrentRecords(site, written.outputPath, brands);
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
