import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { loadCatalog, siteOptions } from './site.ts';
import type { Catalog } from './catalog.ts';
import { storeCatalog, storedCatalog } from './catalog-store.ts';
import { ContentError } from './problem.ts';
import type { Mount } from './urls.ts';

/** This build's settings, read once from the environment (PRIVACY_CENTER_CONTENT, _NOW, _BRAND). */
export const options = siteOptions(process.env, process.cwd());

export const mount: Mount = { brand: options.brand };

/**
 * The catalog every page renders from: the one the content check loaded in this process, or, where
 * pages run without it, loaded here once without re-checking the texts. Broken content (in `astro
 * dev`, after an edit) is thrown as an AstroError, so the browser's overlay shows the build's message.
 */
export function catalog(): Catalog {
  try {
    const stored = storedCatalog();
    if (stored !== undefined) return stored;
    const loaded = loadCatalog(options, { checkText: false });
    storeCatalog({ catalog: loaded });
    return loaded;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const first = error.problems[0];
    // The overlay reads `loc` to show the file and a frame of its source around the line.
    const loc = first && {
      file: resolve(options.contentDir, first.file),
      line: first.line ?? 1,
      column: first.column ?? 1,
    };
    throw Object.assign(new AstroError(error.message, first?.hint), { loc });
  }
}
