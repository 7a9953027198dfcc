/** How long the header box waits after a keystroke before it searches (the search page waits a little longer, as it also rewrites the URL). */
export const TYPING_PAUSE_MS = 120;

/** Result order: Pagefind's relevance ranking, or newest effective date first. */
export type SearchSort = 'relevance' | 'date';

/** Everything a search page shows, as carried in its URL (`?q=…&brand=…&policy=…&archive=1&sort=date`). */
export interface SearchState {
  q: string;
  /** A brand id, or undefined for every brand. */
  brand: string | undefined;
  /** A policy title (the `policy` filter), or undefined for every policy. */
  policy: string | undefined;
  /** Include archived and upcoming versions; by default only current versions are searched. */
  archive: boolean;
  sort: SearchSort;
}

/** The `brand` value that widens a brand's own search page to every brand. */
export const ALL_BRANDS = 'all';

/**
 * Reads the state from a query string. `scope` is the brand a page searches by default (a brand's
 * search page), so `/beiye/search/?q=x` searches 贝业 and `?brand=all` widens it.
 */
export function readSearchState(params: URLSearchParams, scope: string | undefined): SearchState {
  const brand = params.get('brand');
  return {
    q: (params.get('q') ?? '').trim(),
    brand: brand === null ? scope : brand === '' || brand === ALL_BRANDS ? undefined : brand,
    policy: params.get('policy') || undefined,
    archive: params.get('archive') === '1',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The shortest query string that reads back as `state`; defaults are left out. */
export function writeSearchState(state: SearchState, scope: string | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.brand !== scope) params.set('brand', state.brand ?? ALL_BRANDS);
  if (state.policy) params.set('policy', state.policy);
  if (state.archive) params.set('archive', '1');
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's search options for a state; `brandNames` maps brand ids to the names the index filters on. */
export function pagefindOptions(state: SearchState, brandNames: ReadonlyMap<string, string>): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  const brand = state.brand === undefined ? undefined : brandNames.get(state.brand);
  if (brand !== undefined) filters['brand'] = brand;
  if (state.policy !== undefined) filters['policy'] = state.policy;
  if (!state.archive) filters['status'] = 'current';
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}
