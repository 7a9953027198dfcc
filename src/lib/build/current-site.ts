import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { ContentError } from '../problem.ts';
import { storedContentDir, storedSite, type BuiltSite } from './store.ts';

/**
 * The site every page renders from: the one the content check loaded in this process (Astro
 * renders pages in the process that loaded its config). Broken content (in `astro dev`, after an
 * edit) is thrown as an AstroError, so the browser's overlay shows the build's message.
 */
export function currentSite(): BuiltSite {
  try {
    const stored = storedSite();
    if (stored === undefined) throw new Error('The content check has not loaded the site in this process.');
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
