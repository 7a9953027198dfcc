import { escapeHtml } from '../markup/escape.ts';

/*
 * Atom 1.0 (RFC 4287), written directly: the feeds use a fixed handful of elements, and a general
 * object-to-XML writer spent most of a rebuild's feed time building and walking a tree for the
 * all-brands feed's thousand entries.
 */

/** A feed as Atom shows it. Dates are ISO 8601 instants; plain data, so a rebuild can key a feed by it. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  generator: string;
  /** Atom wants an author on the feed or on every entry. */
  author?: string;
  /** The page the feed follows, and the feed's own address. */
  alternate: string;
  self: string;
  entries: AtomEntry[];
}

export interface AtomEntry {
  id: string;
  link: string;
  updated: string;
  published: string;
  author: string;
  /** Title, summary and content are HTML (`type="html"`): a feed reader renders them. */
  titleHtml: string;
  summaryHtml: string;
  contentHtml: string;
  categories: { term: string; label: string }[];
}

const INDENT = '    ';

/** The feed's XML document, ending with a newline. */
export function atomXml(feed: AtomFeed): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">'];
  const at = (depth: number, line: string) => out.push(INDENT.repeat(depth) + line);
  at(1, element('id', feed.id));
  at(1, element('title', feed.title));
  at(1, element('updated', feed.updated));
  at(1, element('generator', feed.generator));
  if (feed.author !== undefined) author(at, 1, feed.author);
  at(1, link({ rel: 'alternate', href: feed.alternate }));
  at(1, link({ rel: 'self', href: feed.self }));
  at(1, element('subtitle', feed.subtitle));
  for (const entry of feed.entries) {
    at(1, '<entry>');
    at(2, html('title', entry.titleHtml));
    at(2, element('id', entry.id));
    at(2, link({ href: entry.link }));
    at(2, element('updated', entry.updated));
    at(2, html('summary', entry.summaryHtml));
    at(2, html('content', entry.contentHtml));
    author(at, 2, entry.author);
    for (const c of entry.categories) at(2, `<category label="${escapeHtml(c.label)}" term="${escapeHtml(c.term)}"/>`);
    at(2, element('published', entry.published));
    at(1, '</entry>');
  }
  out.push('</feed>', '');
  return out.join('\n');
}

function author(at: (depth: number, line: string) => void, depth: number, name: string): void {
  at(depth, '<author>');
  at(depth + 1, element('name', name));
  at(depth, '</author>');
}

function element(name: string, value: string): string {
  return `<${name}>${escapeHtml(value)}</${name}>`;
}

function link(attributes: Record<string, string>): string {
  const pairs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`);
  return `<link${pairs.join('')}/>`;
}

/** HTML as a CDATA section, which a feed reader shows as written; `]]>` inside it is split across two sections. */
function html(name: string, value: string): string {
  return `<${name} type="html"><![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]></${name}>`;
}
