import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api.ts';
import { pagefindOptions, type SearchState } from './state.ts';

/** A search result whose data is fetched at most once, however often it is asked for. */
export interface Hit {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** What a page's text must contain to count as a match: a phrase as written, or a word starting so. */
export type Requirement = { phrase: string } | { wordStart: string };

const han = /\p{Script=Han}/u;
const segmented = (language: string) => ['zh', 'ja', 'th'].includes(language.split('-')[0]?.toLowerCase() ?? '');
/** Chinese is compared without whitespace, which the page text puts between headings and paragraphs. */
const squeeze = (text: string) => text.replace(/\s+/gu, '').toLocaleLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a query asks of a page. Pagefind matches each word of a query on its own and, for a word it does
 * not know, falls back to a shorter prefix ("cookies" finds any word starting with "c"), while legal
 * readers expect what they typed. So:
 * - a chunk with Chinese characters must occur as written: 短信验证码, not 短信 here and 验证 there;
 * - in a Chinese index, where Pagefind does not stem, so must any other chunk;
 * - elsewhere each word must start a word of the page with most of its letters, which keeps the matches
 *   of Pagefind's stemming ("policies" finds "policy") and drops the fallbacks.
 */
export function requirements(query: string, language: string): Requirement[] {
  const chunks = query
    .replace(/"/g, ' ')
    .split(/\s+/u)
    .filter((chunk) => chunk.length > 0);
  return chunks.flatMap((chunk): Requirement[] => {
    if (han.test(chunk) || segmented(language)) return [{ phrase: squeeze(chunk) }];
    return (chunk.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => ({
      wordStart: word.slice(0, Math.max(4, word.length - 3)),
    }));
  });
}

export function meets(content: string, required: readonly Requirement[]): boolean {
  const squeezed = squeeze(content);
  const lower = content.toLocaleLowerCase();
  return required.every((r) =>
    'phrase' in r
      ? squeezed.includes(r.phrase)
      : new RegExp(`(?<![\\p{L}\\p{N}])${escape(r.wordStart)}`, 'u').test(lower),
  );
}

function once(result: PagefindResult): Hit {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

/**
 * Searches the index of `context.language` for `state`, best match first (or newest first), keeping
 * only pages whose text meets the query's requirements. Pagefind's exact-phrase search vouches for most
 * of them without fetching anything, but it misses phrases the indexer split differently from the browser
 * (注销账户 is indexed as 注|销账|户 and queried as 注|销|账户), so the other candidates are read and
 * checked, up to `checkLimit` of them; beyond that they are kept unchecked rather than dropped.
 */
export async function searchPolicies(
  pagefind: PagefindApi,
  state: SearchState,
  context: { brandNames: ReadonlyMap<string, string>; language: string },
  checkLimit = 60,
): Promise<Hit[]> {
  const q = state.q.trim();
  if (q === '') return [];
  const options = pagefindOptions(state, context.brandNames);
  const quoted = q.includes('"');
  const [loose, exact] = await Promise.all([
    pagefind.search(q, options),
    quoted ? undefined : pagefind.search(`"${q}"`, options),
  ]);
  const required = requirements(q, context.language);
  const hits = loose.results.map(once);
  // Pagefind also matches metadata, URLs included ("privacy" is in every policy's URL): only a match in the text counts.
  const inText = exact?.results.filter((r) => r.words.length > 0) ?? [];
  const vouched = new Set(inText.map((r) => r.id));
  const keep = await Promise.all(
    hits.map(async (hit, i) => vouched.has(hit.id) || i >= checkLimit || meets((await hit.data()).content, required)),
  );
  const found = hits.filter((_, i) => keep[i]);
  const seen = new Set(found.map((hit) => hit.id));
  return [...found, ...inText.filter((r) => !seen.has(r.id)).map(once)];
}
