import { escapeHtml } from '../markup/escape.ts';

/** A heading of the rendered policy text (src/lib/policy/render.ts writes them as `<hN id="…">`). */
const HEADING = /<h([2-4]) id="([^"]+)">([\s\S]*?)<\/h\1>/g;

/**
 * Gives each section heading of a version page a link to itself, for readers who cite a section.
 * Added to the page's copy of the text, not to the text itself: the search index and the redlines
 * read the text, and a link's "#" would become part of every heading they see.
 */
export function withHeadingLinks(html: string, label: string): string {
  return html.replace(
    HEADING,
    (_, depth: string, id: string, inner: string) =>
      `<h${depth} id="${id}">${inner}<a class="heading-link" href="#${id}" aria-label="${escapeHtml(label)}"><span aria-hidden="true">#</span></a></h${depth}>`,
  );
}
