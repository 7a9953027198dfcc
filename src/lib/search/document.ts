import { textIn } from '../model/catalog.ts';
import { escapeHtml } from '../markup/escape.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { indexesFullText, searchRecord, type SearchRecord } from './record.ts';

type VersionPage = Extract<PageRef, { kind: 'version' }>;

/** What Pagefind indexes for one version page: the page's URL path and an HTML document. */
export interface SearchDocument {
  url: string;
  content: string;
}

/**
 * The document Pagefind indexes for an indexed version page, made from the same rendered text the
 * page shows (the text's HTML, headings with their ids) and its search record (filters, meta, sort)
 * as data-pagefind-* attributes. Made from the loaded content rather than read back from the built
 * page, indexing starts as soon as the content is loaded and runs while Astro renders. A text past
 * FULL_TEXT_LIMIT is found by its title only.
 */
export function searchDocument(ctx: SiteContext, page: VersionPage): SearchDocument | undefined {
  const record = searchRecord(ctx, page);
  if (record === undefined) return undefined;
  const text = textIn(page.version, page.locale);
  const body = indexesFullText(text)
    ? `<div data-pagefind-body>${text.text.html}</div>`
    : `<h1 data-pagefind-body>${escapeHtml(text.data.title)}</h1>`;
  return {
    url: page.path,
    content: `<!doctype html><html lang="${escapeHtml(text.locale)}"><body>${body}${fields(record)}</body></html>`,
  };
}

/**
 * Filters, meta and sort keys in Pagefind's `key[value]` form, which takes each value from an
 * attribute, so commas or colons in a brand or policy name need no escaping.
 */
function fields(record: SearchRecord): string {
  const all = [
    ...Object.entries(record.filters).map(([key, value]) => ['data-pagefind-filter', key, value] as const),
    ...Object.entries(record.meta).map(([key, value]) => ['data-pagefind-meta', key, value] as const),
    ...Object.entries(record.sort).map(([key, value]) => ['data-pagefind-sort', key, value] as const),
  ];
  const tags = all.map(
    ([attribute, key, value]) => `<data ${attribute}="${key}[value]" value="${escapeHtml(value)}"></data>`,
  );
  return `<div hidden>${tags.join('')}</div>`;
}
