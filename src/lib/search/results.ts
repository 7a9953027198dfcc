import type { Status } from '../model/catalog.ts';
import { statusOf } from './group.ts';
import { highlightRanges } from './highlight.ts';
import { isListSection } from './list-sections.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import type { Match, MatchKind } from './query.ts';

/** A run of excerpt text, marked when it matches the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SectionView {
  href: string;
  title: string;
}

/** One result as the search interfaces show it. */
export interface ResultView {
  /** The best matching section of the page, with the terms to highlight there. */
  href: string;
  title: string;
  brand: string;
  brandId: string;
  policy: string;
  date: string;
  status: Status;
  number: number;
  /** The version is a material change. */
  material: boolean;
  /** The language of the text (one index holds every language of the site). */
  locale: string;
  excerpt: ExcerptPart[];
  /** Sections of the page that contain the terms, in page order (at most three). */
  sections: SectionView[];
  /** The policy's other versions that match, best first (src/lib/search/group.ts). */
  others: { href: string; date: string; number: number; status: Status; material: boolean }[];
  /** How the page matched: as typed, by related words (which), by the query's words (which). */
  match: { kind: MatchKind; related: string[]; found: string[]; missing: string[] };
}

/** The words to highlight: what matched, as the page writes it, or else the query's chunks as typed. */
export function termsFor(query: string, match?: Match): string[] {
  if (match !== undefined && match.terms.length > 0) return match.terms;
  return query
    .replace(/"/g, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

export function markText(text: string, terms: readonly string[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * An excerpt of about `size` characters that shows every matched term: the shortest stretch of
 * `content` holding each one, or (when they lie far apart) a piece around each, joined by ellipses.
 * `at` is where the first shown term starts, to find the section the excerpt comes from.
 */
export function excerptOf(
  content: string,
  terms: readonly string[],
  size = 90,
  from = 0,
): { parts: ExcerptPart[]; at: number } {
  const all = highlightRanges(content, terms);
  // From `from` on when the terms occur there (the section whose heading names them).
  const later = all.filter(([start]) => start >= from);
  const ranges = later.length > 0 ? later : all;
  if (ranges.length === 0) return { parts: markText(ellipsis(content, 0, size), terms), at: 0 };
  const key = (r: [number, number]) => content.slice(r[0], r[1]).toLowerCase();
  const wanted = new Set(ranges.map(key)).size;
  // The shortest run of consecutive matches that holds every distinct term.
  let best: [number, number] = [0, ranges.length - 1];
  const count = new Map<string, number>();
  for (let from = 0, to = 0; to < ranges.length; to++) {
    count.set(key(ranges[to]!), (count.get(key(ranges[to]!)) ?? 0) + 1);
    while (count.size === wanted) {
      const span = (i: number, j: number) => ranges[j]![1] - ranges[i]![0];
      if (span(from, to) < span(best[0], best[1])) best = [from, to];
      const k = key(ranges[from]!);
      const left = count.get(k)! - 1;
      if (left === 0) count.delete(k);
      else count.set(k, left);
      from++;
    }
  }
  const [first, last] = [ranges[best[0]]!, ranges[best[1]]!];
  if (last[1] - first[0] <= size) {
    const start = Math.max(0, first[0] - Math.floor((size - (last[1] - first[0])) / 3));
    return { parts: markText(ellipsis(content, start, start + size), terms), at: first[0] };
  }
  // Too far apart for one window: a piece around the first occurrence of each term in that run.
  const seen = new Set<string>();
  const pieces = ranges.slice(best[0], best[1] + 1).filter((r) => !seen.has(key(r)) && seen.add(key(r)));
  const share = Math.max(16, Math.floor(size / pieces.length));
  const windows: [number, number][] = [];
  for (const [start, end] of pieces) {
    const from = Math.max(0, start - Math.floor((share - (end - start)) / 3));
    const window: [number, number] = [from, Math.max(end, from + share)];
    const previous = windows[windows.length - 1];
    if (previous && window[0] <= previous[1]) previous[1] = Math.max(previous[1], window[1]);
    else windows.push(window);
  }
  // One ellipsis between pieces, and at either end where the text goes on.
  const text = windows.map(([from, to]) => content.slice(from, to).trim()).join('…');
  const [start] = windows[0]!;
  const [, end] = windows[windows.length - 1]!;
  return { parts: markText(`${start > 0 ? '…' : ''}${text}${end < content.length ? '…' : ''}`, terms), at: first[0] };
}

/** `content` from `start` to `end`, with an ellipsis on each side where the text goes on. */
function ellipsis(content: string, start: number, end: number): string {
  const to = Math.min(content.length, end);
  return `${start > 0 ? '…' : ''}${content.slice(start, to).trim()}${to < content.length ? '…' : ''}`;
}

/**
 * The page's headings and where each starts in its text: the index gives only their word position,
 * so each heading is looked for in the text after the one before it.
 */
export function sectionStarts(data: PagefindFragment): { at: number; id: string; title: string }[] {
  const starts: { at: number; id: string; title: string }[] = [];
  let from = 0;
  const headings = data.anchors
    .filter((a) => /^h\d$/i.test(a.element) && a.text.trim() !== '')
    .sort((a, b) => a.location - b.location);
  for (const heading of headings) {
    const at = data.content.indexOf(heading.text, from);
    if (at < 0) continue;
    starts.push({ at, id: heading.id, title: heading.text });
    from = at;
  }
  return starts;
}

/** A link to a page (or one of its sections) that asks the page to highlight the terms. */
export function highlightLink(page: string, terms: readonly string[], id?: string): string {
  const query = new URLSearchParams(terms.map((t) => ['highlight', t])).toString();
  return `${page}${query ? `?${query}` : ''}${id ? `#${encodeURIComponent(id)}` : ''}`;
}

export function resultView(data: PagefindFragment, query: string, match?: Match): ResultView {
  const terms = termsFor(query, match);
  const page = data.meta['page'] ?? data.url;
  // A list's section is shown on the version's lists page, not with the text.
  const lists = data.meta['lists_url'];
  const link = (id: string | undefined) =>
    lists !== undefined && isListSection(id) ? highlightLink(lists, terms, id) : highlightLink(page, terms, id);
  const starts = sectionStarts(data);
  // A section whose heading names what was found is the best place to show it (二、Cookie 的使用);
  // not a list's, whose fixed title (已收集个人信息清单) would win every query for 个人信息.
  const named = starts.find((s) => !isListSection(s.id) && markText(s.title, terms).some((p) => p.mark));
  const excerpt = excerptOf(data.content, terms, 90, named?.at);
  // The result leads to the section its excerpt comes from.
  const section = starts.filter((s) => s.at <= excerpt.at).pop();
  const found = highlightRanges(data.content, terms);
  const sections = starts
    .filter((s, i) => found.some(([at]) => at >= s.at && at < (starts[i + 1]?.at ?? Infinity)))
    .slice(0, 3)
    .map((s) => ({ href: link(s.id), title: s.title }));
  return {
    href: link(section?.id),
    title: data.meta['title'] ?? page,
    brand: data.meta['brand'] ?? '',
    brandId: data.meta['brand_id'] ?? '',
    policy: data.meta['policy'] ?? '',
    date: data.meta['date'] ?? '',
    status: statusOf(data.meta),
    number: Number(data.meta['number'] ?? 0),
    material: data.meta['material'] === 'true',
    locale: data.filters['locale']?.[0] ?? '',
    excerpt: excerpt.parts,
    sections,
    others: [],
    match: {
      kind: match?.kind ?? 'exact',
      related: match?.related ?? [],
      found: match?.words.found ?? [],
      missing: match?.words.missing ?? [],
    },
  };
}

/** A policy's result: its best version's view, with links to the other versions that match. */
export function policyView(best: ResultView, others: readonly ResultView[]): ResultView {
  return {
    ...best,
    others: others.map(({ href, date, number, status, material }) => ({ href, date, number, status, material })),
  };
}
