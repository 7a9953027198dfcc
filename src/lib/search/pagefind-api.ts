/**
 * The part of Pagefind's browser API (the generated /pagefind/pagefind.js) this site uses. Pagefind
 * ships no types for it; these follow its documented result shape and its fragment files.
 */

/** A heading (or other element with an id) of an indexed page, at a word position of its text. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** What the index keeps of a page (src/lib/search/fragment.ts reads it). */
export interface PagefindFragment {
  /** The page's URL as indexed. */
  url: string;
  /** The indexed text of the whole page. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page text; empty when only metadata (title, URL…) matched. */
  words: number[];
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Adds another bundle's index to the instance: searches then cover both. */
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearchResponse>;
}
