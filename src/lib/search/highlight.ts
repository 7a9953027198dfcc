/** The terms a result link asks the landing page to highlight (`?highlight=a&highlight=b`). */
export function highlightTerms(search: string): string[] {
  const terms = new URLSearchParams(search).getAll('highlight').flatMap((value) => value.split(/\s+/));
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the terms occur in `text`, as [start, end) offsets, in order and without overlaps. Longer
 * terms win over shorter ones at the same place (个人信息 before 信息), and case is ignored.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const sorted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const pattern = new RegExp(sorted.map(escape).join('|'), 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
