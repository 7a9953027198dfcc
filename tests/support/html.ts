import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The HTML of a built page, by URL path (`/acme/privacy/` → acme/privacy/index.html). */
export function readPage(dist: string, path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dist, file), 'utf8');
}

/** The bundles each search form of a page lists (`data-bundles`), as the browser reads them. */
export function formBundles(html: string): string[][] {
  return [...html.matchAll(/data-bundles="([^"]*)"/g)].map(
    (m) => JSON.parse(m[1]!.replace(/&quot;/g, '"')) as string[],
  );
}

/** Text of the first element matching a simple tag/attribute pattern, tags stripped. */
export function textOf(html: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(html);
  return match?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The page's HTML as it shows without JavaScript: elements marked `hidden` left out (the words a
 * page's scripts show instead, such as statuses for another day: src/components/LiveStatus.astro).
 */
export function shownWithoutScript(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  const prune = (node: Root | Element) => {
    node.children = node.children.filter(
      (child) => child.type !== 'element' || child.properties['hidden'] === undefined,
    );
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
  return toHtml(tree);
}
