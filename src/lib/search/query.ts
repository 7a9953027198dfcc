import type { PagefindFragment } from './pagefind-api.ts';
import { squeeze, stemLatin } from './fold.ts';
import { plainLexicon, type Lexicon } from './lexicon.ts';
import { groupByPolicy, statusOf } from './group.ts';
import type { SearchState } from './state.ts';

/** How a page matched a query, best first: as typed, through related words, by all its words, by most. */
export type MatchKind = 'exact' | 'related' | 'all-words' | 'most-words';
const RANK: Record<MatchKind, number> = { exact: 0, related: 1, 'all-words': 2, 'most-words': 3 };

export interface Match {
  kind: MatchKind;
  /** What matched, as the page writes it: the words to highlight. */
  terms: string[];
  /** The related words (from the vocabulary) that stood in for what was typed. */
  related: string[];
  /** For a match by words: the query's words the page holds and those it lacks. */
  words: { found: string[]; missing: string[] };
}

/** A search result whose data is fetched at most once, however often it is asked for. */
export interface Hit {
  id: string;
  match: Match;
  data(): Promise<PagefindFragment>;
}

/** One policy's matching versions: the best to show (src/lib/search/group.ts), and the others. */
export interface PolicyHit {
  best: Hit;
  others: Hit[];
}

/** What a page's text must contain: a phrase as written, or a word starting so (both folded). */
export type Requirement = { phrase: string } | { wordStart: string };

/** One part of a query (a chunk, or a word of one) and what else may stand in for it. */
export interface Need {
  typed: string;
  literal: Requirement[];
  related: { word: string; requirement: Requirement[] }[];
}

export interface QueryPlan {
  chunks: Need[];
  /** The words of the query's Chinese chunks, for when no page holds the chunks themselves. */
  words: Need[];
  /**
   * What to ask Pagefind for, in turn: the query; its related words when few pages hold the query
   * (each one loads more of the index); its words when no page holds either.
   */
  terms: { literal: string[]; related: string[]; words: string[] };
}

const han = /\p{Script=Han}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words a question is made of that no policy is searched for. */
const QUESTION_WORDS = new Set(
  '如何 怎么 怎样 怎么样 什么 哪些 哪里 是否 能否 可以 可否 吗 呢 的 了 我 我的 我们 你们 您 您的 是 在 会 能 要 请问 有 有没有 和 与 及 或 被 对 把 how what which where when can do does is are the a an of to my your i we'.split(
    ' ',
  ),
);
/** At most this many related words per part, and Pagefind searches per query. */
const MAX_RELATED = 8;
const MAX_TERMS = 24;

/** A chunk's requirements: a Chinese chunk (or any chunk of a Chinese index) as a phrase, Latin words by their stems. */
function literal(chunk: string, lexicon: Lexicon): Requirement[] {
  const folded = lexicon.fold(chunk);
  if (han.test(chunk)) return [{ phrase: squeeze(folded) }];
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  // By stems, in every index (a Chinese one does not stem): "cookies" must still find "Cookie".
  if (words.length > 0) return words.map((word) => ({ wordStart: stemLatin(word) }));
  return [{ phrase: squeeze(folded) }];
}

function needOf(typed: string, lexicon: Lexicon): Need {
  const folded = lexicon.fold(typed);
  const related: Need['related'] = [];
  const add = (word: string) => {
    if (related.length < MAX_RELATED && word !== folded && !related.some((r) => r.word === word))
      related.push({ word, requirement: literal(word, lexicon) });
  };
  // The whole part is a word of the vocabulary, or holds some: put each related word in its place,
  // for the longest words first and never for a word inside one already used (账号 in 删除账号).
  const used: [number, number][] = [];
  for (const known of lexicon.words) {
    const at = folded.indexOf(known);
    const end = at + known.length;
    if (at < 0 || used.some(([from, to]) => at < to && end > from)) continue;
    used.push([at, end]);
    for (const other of lexicon.related.get(known) ?? []) {
      add(folded === known ? other : `${folded.slice(0, at)}${other}${folded.slice(end)}`);
    }
  }
  return { typed, literal: literal(typed, lexicon), related };
}

/**
 * The words of a Chinese chunk, without question words: the vocabulary's words where the chunk holds
 * them (longest first, so 注销账号 stays whole), and the browser's segmentation for the rest, which
 * alone cuts 注销账号 as 注|销账|号.
 */
function wordsOf(chunk: string, lexicon: Lexicon): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const folded = lexicon.fold(chunk);
  const words: string[] = [];
  let rest = '';
  const flush = () => {
    for (const s of segmenter.segment(rest)) if (s.isWordLike) words.push(s.segment);
    rest = '';
  };
  for (let at = 0; at < folded.length;) {
    const known = lexicon.words.find((word) => word.length > 1 && folded.startsWith(word, at));
    if (known === undefined) {
      rest += folded[at];
      at += 1;
      continue;
    }
    flush();
    words.push(known);
    at += known.length;
  }
  flush();
  const wanted = words.filter((w) => !QUESTION_WORDS.has(w.toLowerCase()));
  // A lone character (码 of 验证码) is found almost anywhere: it only counts when there is nothing else.
  const longer = wanted.filter((w) => w.length > 1);
  return longer.length > 0 ? longer : wanted;
}

export function planQuery(query: string, lexicon: Lexicon = plainLexicon()): QueryPlan {
  const typed = query
    .replace(/"/g, ' ')
    .split(/\s+/u)
    .filter((chunk) => chunk.length > 0);
  const chunks = typed.map((chunk) => needOf(chunk, lexicon));
  const split = typed.flatMap((chunk) => (han.test(chunk) ? wordsOf(chunk, lexicon) : [chunk]));
  // Looked for apart when that is not the query itself: 如何投诉 is looked for as 投诉.
  const apart = split.length !== typed.length || split.some((word, i) => word !== lexicon.fold(typed[i]!));
  const words = apart ? split.map((word) => needOf(word, lexicon)) : [];
  // Pagefind is asked for the query as typed, folded (註銷帳戶 → 注销账户) and in the forms the texts
  // write (注销账户 → 註銷帳戶 on a site written in traditional characters), and for each stand-in.
  const folded = lexicon.fold(typed.join(' '));
  const literal = [...new Set([typed.join(' '), folded, lexicon.unfold(folded)])];
  const related = [...new Set(chunks.flatMap((c) => c.related.flatMap((r) => [r.word, lexicon.unfold(r.word)])))].slice(
    0,
    MAX_TERMS,
  );
  const alone = [
    ...new Set(words.flatMap((w) => [w.typed, lexicon.unfold(w.typed), ...w.related.map((r) => r.word)])),
  ].slice(0, MAX_TERMS);
  return { chunks, words, terms: { literal, related, words: alone } };
}

/** Where a requirement is met in folded text: [start, end] in the text as written, or undefined. */
function locate(folded: string, squeezed: string, r: Requirement): [number, number] | 'somewhere' | undefined {
  if ('phrase' in r) {
    const at = folded.indexOf(r.phrase);
    if (at >= 0) return [at, at + r.phrase.length];
    return squeezed.includes(r.phrase) ? 'somewhere' : undefined;
  }
  // A Latin word starts after anything but a Latin letter or digit: 使用Cookie holds the word "cookie".
  const match = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escape(r.wordStart)}[\\p{Script=Latin}\\p{N}]*`, 'u').exec(
    folded,
  );
  return match ? [match.index, match.index + match[0].length] : undefined;
}

/** How `content` matches the plan, or undefined when it does not. */
export function matchOf(content: string, plan: QueryPlan, lexicon: Lexicon = plainLexicon()): Match | undefined {
  const folded = lexicon.fold(content);
  const squeezed = squeeze(folded);
  const terms = new Set<string>();
  const meets = (requirements: Requirement[], typed: string) => {
    const places = requirements.map((r) => locate(folded, squeezed, r));
    if (places.some((p) => p === undefined)) return false;
    for (const place of places) terms.add(Array.isArray(place) ? content.slice(place[0], place[1]) : typed);
    return true;
  };
  /** Each part met as typed or by a related word; the related words used. */
  const meetAll = (needs: Need[]) => {
    const related: string[] = [];
    const met = needs.map((need) => {
      if (meets(need.literal, need.typed)) return true;
      const stand = need.related.find((r) => meets(r.requirement, r.word));
      if (stand) related.push(stand.word);
      return stand !== undefined;
    });
    return { met, related };
  };
  const none = { found: [], missing: [] };
  if (plan.chunks.every((need) => meets(need.literal, need.typed)))
    return { kind: 'exact', terms: [...terms], related: [], words: none };
  terms.clear();
  const chunks = meetAll(plan.chunks);
  if (chunks.met.every(Boolean)) return { kind: 'related', terms: [...terms], related: chunks.related, words: none };
  if (plan.words.length === 0) return undefined;
  terms.clear();
  const words = meetAll(plan.words);
  const found = plan.words.filter((_, i) => words.met[i]).map((w) => w.typed);
  const missing = plan.words.filter((_, i) => !words.met[i]).map((w) => w.typed);
  const split = { found, missing };
  if (missing.length === 0) return { kind: 'all-words', terms: [...terms], related: words.related, words: split };
  if (found.length * 2 > plan.words.length)
    return { kind: 'most-words', terms: [...terms], related: words.related, words: split };
  return undefined;
}

/**
 * Where search finds the records that may hold a query's terms: Pagefind's index, or the records
 * of a scope already in memory (src/lib/search/candidates.ts). Either way, each candidate is then
 * checked here against the whole query, so both find the same policies.
 */
export interface Candidates {
  /** The ids of the records in the state's scope that may hold any of `terms`, best first. */
  find(terms: readonly string[], state: SearchState): Promise<string[]>;
  /** A record by its id. */
  read(id: string): Promise<PagefindFragment>;
}

/**
 * Searches for `state`, one result per policy (its best version, and the other versions that match):
 * pages that hold the query as typed first, then (when fewer than `enough` do)
 * those that hold it through related words, then (when none do) those that hold all its words, then
 * most of them; within each, texts in the page's language first, then the candidates' order (or newest first).
 * The candidates for every part and related word are read and checked here, with the same folding for
 * text and query, because Pagefind's index-time and query-time segmentation of Chinese disagree
 * (注销账户 is indexed as 注|销账|户 and queried as 注|销|账户). At most `checkLimit` candidates are read.
 */
export async function searchPolicies(
  candidates: Candidates,
  state: SearchState,
  context: {
    lexicon?: Lexicon;
    /** The search page's language, whose texts come first among equally good matches. */
    locale?: string;
    /** Versions found as typed that are enough not to look for related words too. */
    enough?: number | undefined;
    /** At most this many candidates are read. */
    checkLimit?: number;
  } = {},
): Promise<PolicyHit[]> {
  const { enough = 10, checkLimit = 60 } = context;
  const q = state.q.trim();
  if (q === '') return [];
  const lexicon = context.lexicon ?? plainLexicon();
  const plan = planQuery(q, lexicon);
  const seen = new Set<string>();
  /** The candidates found for `terms`, read and checked, in the order found. */
  const check = async (terms: readonly string[], budget: number, offset: number) => {
    const fresh: string[] = [];
    for (const id of await candidates.find(terms, state))
      if (!seen.has(id)) {
        seen.add(id);
        fresh.push(id);
      }
    const checked = await Promise.all(
      fresh.slice(0, Math.max(0, budget)).map(async (id, order) => {
        const data = () => candidates.read(id);
        const record = await data();
        const match = matchOf(record.content, plan, lexicon);
        const locale = record.filters['locale']?.[0];
        return match && { hit: { id, match, data }, order: offset + order, meta: record.meta, locale };
      }),
    );
    return { found: checked.filter((c) => c !== undefined), read: Math.min(fresh.length, Math.max(0, budget)) };
  };
  let read = 0;
  let found: Awaited<ReturnType<typeof check>>['found'] = [];
  const more = async (terms: readonly string[]) => {
    if (terms.length === 0) return;
    const next = await check(terms, checkLimit - read, read);
    read += next.read;
    found = [...found, ...next.found];
  };
  const phrased = () => found.filter((c) => RANK[c.hit.match.kind] <= RANK.related);
  await more(plan.terms.literal);
  if (phrased().length < enough) await more(plan.terms.related);
  // The words of a query are looked for alone only when no page holds the query itself.
  if (phrased().length > 0) found = phrased();
  else await more(plan.terms.words);
  const foreign = (c: (typeof found)[number]) => (context.locale !== undefined && c.locale !== context.locale ? 1 : 0);
  const ranked = found.sort(
    (a, b) => RANK[a.hit.match.kind] - RANK[b.hit.match.kind] || foreign(a) - foreign(b) || a.order - b.order,
  );
  const groups = groupByPolicy(
    ranked.map((c, rank) => ({
      hit: c.hit,
      rank,
      policy: c.meta['policy_url'] ?? c.hit.id,
      status: statusOf(c.meta),
      date: c.meta['date'] ?? '',
    })),
    state.sort,
  );
  return groups.map(([best, ...others]) => ({ best: best!.hit, others: others.map((o) => o.hit) }));
}
