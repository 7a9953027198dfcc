import { lexiconOf, type Lexicon, type LexiconFile } from '../../src/lib/search/lexicon.ts';
import { decodeRecords, fragmentLoader } from '../../src/lib/search/fragment.ts';
import type { PagefindApi, PagefindFragment } from '../../src/lib/search/pagefind-api.ts';
import { spellerOf, type Speller, type SuggestFile } from '../../src/lib/search/suggest.ts';
import { searchFiles } from '../../src/lib/search/files.ts';

/**
 * Loads the site's own pagefind.js from a server, in Node, with the bundles of `brands` merged, searching
 * the index of `lang`. Pagefind picks the index (and whether to segment the query into words, as
 * Chinese needs) from `<html lang>` when it starts, so a stand-in `document` answers that one question
 * while it does. Each server and language gets its own copy of the module, since the module keeps one
 * search instance.
 */
export async function loadPagefind(origin: string, lang: string, brands: readonly string[]): Promise<PagefindApi> {
  const [first, ...others] = brands;
  if (first === undefined) throw new Error('loadPagefind needs a brand.');
  const bundle = (brand: string) => `${origin}/${searchFiles.pagefindBundle(brand)}`;
  const source = await (await fetch(`${bundle(first)}pagefind.js`)).text();
  const globals = globalThis as { document?: unknown };
  const previous = globals.document;
  // pagefind.js reads document.currentScript when it loads and <html lang> when it starts.
  globals.document = {
    currentScript: null,
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null,
  };
  try {
    const module = `data:text/javascript;base64,${Buffer.from(`${source}\n// ${origin} ${lang}`).toString('base64')}`;
    const pagefind = (await import(/* @vite-ignore */ module)) as PagefindApi;
    // Result URLs would otherwise start with the server's origin, derived from where the bundle was loaded.
    await pagefind.options({ basePath: bundle(first), baseUrl: '/' });
    await pagefind.init();
    for (const brand of others) await pagefind.mergeIndex(bundle(brand), { baseUrl: '/' });
    return pagefind;
  } finally {
    globals.document = previous;
  }
}

/** The site's search lexicon (fold table and vocabulary), as the browser loads it. */
export async function loadLexicon(origin: string): Promise<Lexicon> {
  const response = await fetch(`${origin}/${searchFiles.lexicon}`);
  if (!response.ok) throw new Error(`${origin}/${searchFiles.lexicon} answered ${response.status}`);
  return lexiconOf((await response.json()) as LexiconFile);
}

/** The site's words and their pinyin, for suggestions, as the browser loads them. */
export async function loadSpeller(origin: string): Promise<Speller> {
  const response = await fetch(`${origin}/${searchFiles.suggestions}`);
  if (!response.ok) throw new Error(`${origin}/${searchFiles.suggestions} answered ${response.status}`);
  return spellerOf((await response.json()) as SuggestFile);
}

/** Reads results' records from the site's fragment files, as the browser does. */
export const loadFragments = (origin: string) => fragmentLoader(`${origin}/${searchFiles.pagefindFragments}`);

/** The records in force of `brands`, from the files the header box loads. */
export async function loadCurrentRecords(origin: string, brands: readonly string[]): Promise<PagefindFragment[]> {
  const files = await Promise.all(
    brands.map(async (brand) => {
      const response = await fetch(`${origin}/${searchFiles.current(brand)}`);
      if (!response.ok) throw new Error(`${origin}/${searchFiles.current(brand)} answered ${response.status}`);
      return decodeRecords(new Uint8Array(await response.arrayBuffer()));
    }),
  );
  return files.flat();
}
