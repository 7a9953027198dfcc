import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of a built page, by URL path (`/acme/privacy/` → acme/privacy/index.html). */
export function readPage(dist: string, path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dist, file), 'utf8');
}

/** Text of the first element matching a simple tag/attribute pattern, tags stripped. */
export function textOf(html: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(html);
  return match?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
