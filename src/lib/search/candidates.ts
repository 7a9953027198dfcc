/**
 * The two places search finds candidates (src/lib/search/query.ts checks each against the query):
 * Pagefind's index, for any scope; and a scope's records held in memory, for a scope small enough to
 * load whole (src/lib/search/current.ts), which needs neither Pagefind's code nor its index.
 * Runs in the browser and in Node.
 */
import { squeeze, stemLatin } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import type { PagefindApi, PagefindFragment } from './pagefind-api.ts';
import type { Candidates } from './query.ts';
import { pagefindOptions, type SearchState } from './state.ts';

/** What Pagefind finds for each term, in its order; `read` loads a result's record. */
export function pagefindCandidates(
  pagefind: PagefindApi,
  brandNames: ReadonlyMap<string, string>,
  read: (id: string) => Promise<PagefindFragment>,
): Candidates {
  return {
    async find(terms, state) {
      const options = pagefindOptions(state, brandNames);
      const responses = await Promise.all(terms.map((term) => pagefind.search(term, options)));
      return responses.flatMap((response) => response.results.map((result) => result.id));
    },
    read,
  };
}

const latin = /^[\p{Script=Latin}\p{N}]+$/u;

/** The state's filters, on the record's filters as Pagefind applies them (see pagefindOptions). */
function inScope(record: PagefindFragment, state: SearchState): boolean {
  const { filters, meta } = record;
  return (
    (state.brand === undefined || meta['brand_id'] === state.brand) &&
    (state.policy === undefined || (filters['policy'] ?? []).includes(state.policy)) &&
    (state.archive || (filters['status'] ?? []).includes('current'))
  );
}

/**
 * Records in memory, each known by its URL: those in the state's scope whose text holds any word of
 * any term, folded as the query is, best first. A record ranks by how often it holds them for its
 * length (as an index ranks), a title that holds one first.
 */
export function recordCandidates(records: readonly PagefindFragment[], lexicon: Lexicon): Candidates {
  const folded = (text: string) => squeeze(lexicon.fold(text));
  const texts = records.map((record) => ({
    record,
    text: folded(record.content),
    title: folded(record.meta['title'] ?? ''),
  }));
  const byId = new Map(records.map((record) => [record.url, record]));
  const count = (text: string, part: string) => {
    let n = 0;
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n += 1;
    return n;
  };
  return {
    find(terms, state) {
      const parts = [
        ...new Set(
          terms.flatMap((term) =>
            term
              .split(/\s+/u)
              .map(folded)
              .filter((part) => part !== '')
              .map((part) => (latin.test(part) ? stemLatin(part) : part)),
          ),
        ),
      ];
      const scored = texts
        .filter(({ record }) => inScope(record, state))
        .map(({ record, text, title }, order) => {
          const hits = parts.reduce((n, part) => n + count(text, part), 0);
          const inTitle = parts.some((part) => title.includes(part)) ? 1 : 0;
          return { id: record.url, hits, score: hits / Math.sqrt(text.length + 1), inTitle, order };
        })
        .filter((s) => s.hits > 0 || s.inTitle > 0);
      scored.sort((a, b) => b.inTitle - a.inTitle || b.score - a.score || a.order - b.order);
      return Promise.resolve(scored.map((s) => s.id));
    },
    read(id) {
      const record = byId.get(id);
      return record ? Promise.resolve(record) : Promise.reject(new Error(`No record ${id}.`));
    },
  };
}
