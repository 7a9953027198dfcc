import { afterAll, beforeAll } from 'vitest';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { pagefindCandidates, recordCandidates } from '../../src/lib/search/candidates.ts';
import type { PagefindApi, PagefindFragment } from '../../src/lib/search/pagefind-api.ts';
import { searchPolicies } from '../../src/lib/search/query.ts';
import { readSearchState } from '../../src/lib/search/state.ts';
import type { Speller } from '../../src/lib/search/suggest.ts';
import { serve } from '../../src/lib/build/static-server.ts';
import { loadCurrentRecords, loadFragments, loadLexicon, loadPagefind, loadSpeller } from './pagefind.ts';

/** The sample site's brands and the names its index filters on. */
export const sampleBrandNames = new Map([
  ['beiye', '贝业'],
  ['jiapin', '嘉品云市'],
  ['xinrisheng', '新日升分销平台'],
  ['yhd', '1号店'],
  ['chefu', '车服到家'],
]);

export interface SampleSearch {
  lexicon: Lexicon;
  speller: Speller;
  /** Searches as a search page in `language` does, with a search page's query string. */
  policies(language: 'zh-CN' | 'en', query: string): ReturnType<typeof searchPolicies>;
  /** Searches as the header box of a page in `language` does, from every brand's records in force. */
  quick(language: 'zh-CN' | 'en', query: string): ReturnType<typeof searchPolicies>;
}

/**
 * Serves a built sample site for a test file and searches it from Node, through the site's own
 * pagefind.js, lexicon and suggestions and the same search logic the browser runs.
 */
export function useSampleSearch(dist: string): SampleSearch {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let fragments: ReturnType<typeof loadFragments>;
  let current: PagefindFragment[] = [];
  const indexes: Partial<Record<'zh-CN' | 'en', PagefindApi>> = {};
  const search = {} as SampleSearch;
  beforeAll(async () => {
    server = await serve(dist);
    search.lexicon = await loadLexicon(server.url);
    fragments = loadFragments(server.url);
    search.speller = await loadSpeller(server.url);
    // One index holds every language; each page loads it with its own <html lang>.
    indexes['zh-CN'] = await loadPagefind(server.url, 'zh-CN', [...sampleBrandNames.keys()]);
    indexes.en = await loadPagefind(server.url, 'en', [...sampleBrandNames.keys()]);
    current = await loadCurrentRecords(server.url, [...sampleBrandNames.keys()]);
  });
  afterAll(() => server?.close());
  const state = (query: string) => readSearchState(new URLSearchParams(query), undefined);
  search.policies = (language, query) =>
    searchPolicies(pagefindCandidates(indexes[language]!, sampleBrandNames, fragments), state(query), {
      lexicon: search.lexicon,
      locale: language,
    });
  search.quick = (language, query) =>
    searchPolicies(recordCandidates(current, search.lexicon), state(query), {
      lexicon: search.lexicon,
      locale: language,
    });
  return search;
}
