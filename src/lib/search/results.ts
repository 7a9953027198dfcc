import type { Status } from '../model/catalog.ts';
import { highlightRanges } from './highlight.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import type { Match, MatchKind } from './query.ts';

/** A run of excerpt text, marked when it matches the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SectionView {
  href: string;
  title: string;
  excerpt: ExcerptPart[];
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
  excerpt: ExcerptPart[];
  /** Sections of the page that contain the terms, in page order (at most three). */
  sections: SectionView[];
  /** How the page matched: as typed, by related words (which), by the query's words (which). */
  match: { kind: MatchKind; related: string[]; found: string[]; missing: string[] };
}

const han = /\p{Script=Han}/u;
const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const decode = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e);

/**
 * The words to highlight for a query: its chunks as typed, plus the Latin-script words Pagefind matched
 * (it stems them, so "cookies" finds "Cookie"). Chinese is highlighted as the phrase typed, not as the
 * single characters Pagefind marks.
 */
export function termsFor(query: string, data: PagefindResultData, match?: Match): string[] {
  if (match !== undefined && match.terms.length > 0) return match.terms;
  const typed = query
    .replace(/"/g, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
  const marked = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)]
    .flatMap((html) =>
      [...html.replace(/<\/mark><mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decode(m[1] ?? '')),
    )
    .filter((word) => word.length > 1 && !han.test(word));
  return [...new Set([...typed, ...marked])];
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

const hasMark = (parts: ExcerptPart[]) => parts.some((p) => p.mark);

/** An excerpt cut from the middle of `content`, without the stray punctuation at its cut and with ellipses there. */
export function tidyExcerpt(excerpt: string, content: string): string {
  const text = excerpt.replace(/^[\p{P}\p{S}\s]+/u, '').trim();
  const at = content.indexOf(text);
  const cutBefore = at !== 0;
  const cutAfter = at < 0 || at + text.length < content.length;
  return `${cutBefore ? '…' : ''}${text}${cutAfter ? '…' : ''}`;
}

/** About `size` characters of `content` around the first match, for when Pagefind's excerpt shows none. */
export function excerptAround(content: string, terms: readonly string[], size = 80): ExcerptPart[] {
  const [first] = highlightRanges(content, terms);
  if (!first) return [{ text: content.slice(0, size), mark: false }];
  const start = Math.max(0, first[0] - Math.floor(size / 3));
  const end = Math.min(content.length, start + size);
  return markText(`${start > 0 ? '…' : ''}${content.slice(start, end)}${end < content.length ? '…' : ''}`, terms);
}

/** A link to a page (or one of its sections) that asks the page to highlight the terms. */
export function highlightLink(page: string, terms: readonly string[], id?: string): string {
  const query = new URLSearchParams(terms.map((t) => ['highlight', t])).toString();
  return `${page}${query ? `?${query}` : ''}${id ? `#${encodeURIComponent(id)}` : ''}`;
}

const statuses: readonly Status[] = ['current', 'archived', 'upcoming'];

export function resultView(data: PagefindResultData, query: string, match?: Match): ResultView {
  const terms = termsFor(query, data, match);
  const page = data.meta['page'] ?? data.url;
  const sections = data.sub_results
    .filter((s) => s.anchor !== undefined)
    .map((s) => ({
      href: highlightLink(page, terms, s.anchor?.id),
      title: s.title,
      excerpt: markText(tidyExcerpt(s.plain_excerpt ?? decode(s.excerpt), data.content), terms),
    }))
    .filter((s) => hasMark(s.excerpt) || hasMark(markText(s.title, terms)))
    .slice(0, 3);
  const pageExcerpt = markText(tidyExcerpt(data.plain_excerpt ?? decode(data.excerpt), data.content), terms);
  const status = statuses.find((s) => s === data.meta['status']) ?? 'current';
  return {
    href: sections[0]?.href ?? highlightLink(page, terms),
    title: data.meta['title'] ?? page,
    brand: data.meta['brand'] ?? '',
    brandId: data.meta['brand_id'] ?? '',
    policy: data.meta['policy'] ?? '',
    date: data.meta['date'] ?? '',
    status,
    number: Number(data.meta['number'] ?? 0),
    material: data.meta['material'] === 'true',
    excerpt: hasMark(pageExcerpt)
      ? pageExcerpt
      : hasMark(sections[0]?.excerpt ?? [])
        ? sections[0]!.excerpt
        : excerptAround(data.content, terms),
    sections,
    match: {
      kind: match?.kind ?? 'exact',
      related: match?.related ?? [],
      found: match?.words.found ?? [],
      missing: match?.words.missing ?? [],
    },
  };
}
