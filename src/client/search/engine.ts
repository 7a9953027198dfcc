import { pagefindCandidates, recordCandidates } from '../../lib/search/candidates.ts';
import { fragmentLoader } from '../../lib/search/fragment.ts';
import { loadCurrentRecords, loadLexicon, loadPagefind } from './load.ts';
import { searchPolicies, type Candidates, type Hit, type PolicyHit } from '../../lib/search/query.ts';
import { policyView, resultView, type ResultView } from '../../lib/search/results.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { spellerOf, suggestQuery, type Speller, type SuggestFile } from '../../lib/search/suggest.ts';
import { searchFiles } from '../../lib/search/files.ts';

/** Each result's record, read from the fragment files every bundle shares. */
const fragments = fragmentLoader(`${import.meta.env.BASE_URL}${searchFiles.pagefindFragments}`);

let speller: Promise<Speller | undefined> | undefined;

/** The site's words and their pinyin, loaded the first time a query finds little. */
function loadSpeller(): Promise<Speller | undefined> {
  speller ??= fetch(`${import.meta.env.BASE_URL}${searchFiles.suggestions}`)
    .then((r) => (r.ok ? (r.json() as Promise<SuggestFile>) : Promise.reject(new Error(String(r.status)))))
    .then(spellerOf)
    .catch(() => {
      speller = undefined;
      return undefined;
    });
  return speller;
}

export interface SearchContext {
  /** Brand ids to the display names the index filters on. */
  brandNames: ReadonlyMap<string, string>;
  /**
   * How many versions found as typed are enough not to look for related words too: each related
   * word loads more of the index, which the header's few quick results need not wait for.
   */
  enough?: number;
  /** The brands whose records in force hold the whole scope (the header's small scopes): searched without Pagefind. */
  quick?: string[] | undefined;
  /** Otherwise, the Pagefind bundles that hold the scope (load.ts: `bundlesOf`). */
  bundles: readonly string[];
  /**
   * At most this many candidates are read and checked (searchPolicies' default otherwise): each is a
   * whole text to download from Pagefind, of which the header's few results need only some.
   */
  checkLimit?: number;
}

/** The hits for a state, and a way to turn any slice of them into displayable results. */
export async function runSearch(state: SearchState, context: SearchContext) {
  // Loaded side by side: the lexicon, and the records of a small scope or else Pagefind.
  // A scope without a bundle (a brand with no version yet) holds nothing to find.
  const [known, source] = await Promise.all([
    loadLexicon(),
    context.quick
      ? loadCurrentRecords(context.quick)
      : context.bundles.length === 0
        ? []
        : loadPagefind(context.bundles),
  ]);
  const candidates = counted(
    Array.isArray(source) ? recordCandidates(source, known) : pagefindCandidates(source, context.brandNames, fragments),
  );
  const hits = await searchPolicies(candidates, state, {
    lexicon: known,
    locale: document.documentElement.lang,
    ...(context.enough === undefined ? {} : { enough: context.enough }),
    ...(context.checkLimit === undefined ? {} : { checkLimit: context.checkLimit }),
  });
  const unchecked = candidates.found.size > candidates.opened.size;
  // Nothing holds the query as typed or through related words, or almost nothing does: maybe a typo.
  const few = hits.length < 3 || !hits.some((h) => h.best.match.kind === 'exact' || h.best.match.kind === 'related');
  return {
    total: hits.length,
    /** Whether candidates were left unchecked, so that more than `total` policies may hold the query. */
    more: unchecked,
    /** A spelling the site's texts hold ("did you mean"), when the query finds little. */
    suggestion: async (): Promise<string | undefined> => {
      const words = few ? await loadSpeller() : undefined;
      return words && suggestQuery(state.q, words, known.fold);
    },
    views: (from: number, to: number): Promise<ResultView[]> =>
      Promise.all(hits.slice(from, to).map((hit) => viewOf(hit, state.q))),
  };
}

/** Candidates that remember which ids they found and which they read. */
function counted(candidates: Candidates): Candidates & { found: Set<string>; opened: Set<string> } {
  const found = new Set<string>();
  const opened = new Set<string>();
  return {
    found,
    opened,
    async find(terms, state) {
      const ids = await candidates.find(terms, state);
      for (const id of ids) found.add(id);
      return ids;
    },
    read(id) {
      opened.add(id);
      return candidates.read(id);
    },
  };
}

async function viewOf(hit: PolicyHit, q: string): Promise<ResultView> {
  const one = async (h: Hit) => resultView(await h.data(), q, h.match);
  return policyView(await one(hit.best), await Promise.all(hit.others.map(one)));
}
