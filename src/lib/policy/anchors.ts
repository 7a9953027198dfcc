import GithubSlugger from 'github-slugger';

/*
 * Heading anchors. A heading's id comes from its text, so it stays the same across versions while
 * the heading is unchanged. An editor who rewords a heading keeps old links working by fixing the
 * anchor at its end:
 *
 *   ## 三、信息的存储 \{#storage\}
 *
 * MDX reads an unescaped `{#storage}` as code, so the braces are escaped; the heading's text then
 * ends in `{#storage}`, which becomes its id and is not shown.
 */

const ANCHOR = /\s*\{#([\p{L}\p{N}][\p{L}\p{N}_-]*)\}\s*$/u;

/** Ids the pages themselves use; a heading never takes one (a generated id gets a suffix instead). */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'main',
  'top',
  'contents-sheet',
  'site-search',
  'search-query',
  'contact-title',
  'upcoming-title',
  'policies-title',
  'recent-title',
  'pairs-title',
  'change-summary',
  'footnote-label',
]);

/** Format characters (zero-width spaces, direction marks) that would make invisible differences in ids. */
const INVISIBLE = /\p{Cf}/gu;

/** Splits a trailing `{#id}` off a heading's text. */
export function headingAnchor(text: string): { text: string; id: string | undefined } {
  const match = ANCHOR.exec(text);
  if (!match) return { text, id: undefined };
  return { text: text.slice(0, match.index), id: match[1] };
}

/**
 * Ids for one page's headings, in order: the fixed anchor where there is one, else github-slugger's
 * slug of the text (as GitHub and Astro make them), never one of RESERVED_IDS or an earlier id.
 */
export function headingSlugger(): (text: string, fixed: string | undefined) => string {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  return (text, fixed) => (fixed === undefined ? slugger.slug(text.replace(INVISIBLE, '')) : fixed);
}
