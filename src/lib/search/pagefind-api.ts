/**
 * The part of Pagefind's browser API (the generated /pagefind/pagefind.js) this site uses. Pagefind
 * ships no types for it; these follow its documented result shape.
 */
export interface PagefindSubResult {
  title: string;
  /** The page URL with `#<heading id>`, percent-encoded. */
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  anchor?: { element: string; id: string; text: string; location: number };
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  /** The indexed text of the whole page. */
  content: string;
  /** A window of the text with the matched words in `<mark>`, HTML-escaped. */
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page text; empty when only metadata (title, URL…) matched. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearchResponse>;
}
