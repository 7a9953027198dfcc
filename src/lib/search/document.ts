import type { Locale } from '../../schemas/brand.ts';
import { messages } from '../i18n/index.ts';
import { textIn, type Version } from '../model/catalog.ts';
import type { VersionRecord } from '../content/read.ts';
import { escapeHtml } from '../markup/escape.ts';
import { LIST_SECTIONS } from './list-sections.ts';
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
 * as data-pagefind-* attributes, followed (in the original's document: the lists are written in the
 * brand's language) by the lists in force with the version, each under a heading whose id leads a
 * result found in it to the lists page. Made from the loaded content rather than read back from the built
 * page, indexing starts as soon as the content is loaded and runs while Astro renders. A text past
 * FULL_TEXT_LIMIT is found by its title only. `html` gives the text's HTML: `namedDocument` puts its
 * name there instead.
 */
export function searchDocument(
  ctx: SiteContext,
  page: VersionPage,
  html: (text: VersionRecord) => string = (text) => text.text.html,
): SearchDocument | undefined {
  const record = searchRecord(ctx, page);
  if (record === undefined) return undefined;
  const text = textIn(page.version, page.locale);
  const body = indexesFullText(text)
    ? `<div data-pagefind-body>${html(text)}${text.locale === page.brand.locale ? listsHtml(page.version, page.locale) : ''}</div>`
    : `<h1 data-pagefind-body>${escapeHtml(text.data.title)}</h1>`;
  return {
    url: page.path,
    content: `<!doctype html><html lang="${escapeHtml(text.locale)}"><body>${body}${fields(record)}</body></html>`,
  };
}

/**
 * The document with the text's name (textKey, which changes whenever its HTML would) in place of its
 * HTML: what a bundle's key counts (src/lib/build/search-bundles.ts), so that a rebuild knows which
 * bundles changed without reading their texts.
 */
export function namedDocument(ctx: SiteContext, page: VersionPage): SearchDocument | undefined {
  return searchDocument(ctx, page, (text) => `<!-- text ${escapeHtml(text.textKey)} -->`);
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

/** The version's lists in force, a row to a line, under headings with the lists page's section ids. */
function listsHtml(version: Version, locale: Locale): string {
  const t = messages(locale);
  const section = (id: string, title: string, rows: string[]) =>
    `<h2 id="${id}">${escapeHtml(title)}</h2><ul>${rows.map((row) => `<li>${escapeHtml(row)}</li>`).join('')}</ul>`;
  const { collected, shared } = version.lists;
  return [
    collected &&
      section(
        LIST_SECTIONS.collected,
        t.collectedList,
        collected.list.rows.map((r) => [r.item, r.purpose, r.scenario].filter(Boolean).join(' · ')),
      ),
    shared &&
      section(
        LIST_SECTIONS.shared,
        t.sharedList,
        shared.list.rows.map((r) =>
          [r.name, r.provider, r.purpose, r.scenario, r.data.join('、')].filter(Boolean).join(' · '),
        ),
      ),
  ]
    .filter(Boolean)
    .join('');
}
