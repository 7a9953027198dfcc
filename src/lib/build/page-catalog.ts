import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import type { Catalog } from '../model/catalog.ts';
import { storedCatalog, storedContentDir } from './store.ts';
import { ContentError } from '../problem.ts';
import type { Mount } from '../routes/urls.ts';

/** Where this build puts its brands: all under /<brand>/, or PRIVACY_CENTER_BRAND's at `/`. */
export const mount: Mount = { brand: process.env['PRIVACY_CENTER_BRAND'] || undefined };

/**
 * The catalog every page renders from: the one the content check loaded in this process (Astro
 * renders pages in the process that loaded its config). Broken content (in `astro dev`, after an
 * edit) is thrown as an AstroError, so the browser's overlay shows the build's message.
 */
export function catalog(): Catalog {
  try {
    const stored = storedCatalog();
    if (stored === undefined) throw new Error('The content check has not loaded the catalog in this process.');
    return stored;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const first = error.problems[0];
    // The overlay reads `loc` to show the file and a frame of its source around the line.
    const loc = first && {
      file: resolve(storedContentDir() ?? '.', first.file),
      line: first.line ?? 1,
      column: first.column ?? 1,
    };
    throw Object.assign(new AstroError(error.message, first?.hint), { loc });
  }
}
