/**
 * Where search's own files sit, relative to the site root: the build writes them (through
 * src/lib/routes/urls.ts) and the browser loads them, so both read the paths from here.
 */

/** The search page's path segment, under which the build also writes search's files. */
export const SEARCH_SEGMENT = 'search';

export const searchFiles = {
  /** The fold table and vocabulary (src/lib/search/lexicon.ts). */
  lexicon: `${SEARCH_SEGMENT}/lexicon.json`,
  /** The site's words and their pinyin, for "did you mean" (src/lib/search/suggest.ts). */
  suggestions: `${SEARCH_SEGMENT}/suggest.json`,
  /** A brand's versions in force, as Pagefind recorded them (src/lib/search/current.ts). */
  current: (brand: string) => `${SEARCH_SEGMENT}/current/${brand}.pf_records`,
} as const;
