import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/dist-files.ts';

const dist = inject('sites').sample;

/** Resolves a site path the way a static host does: a folder means its index.html. */
function target(path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idCache = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let found = idCache.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idCache.set(file, found);
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('links in the built sample site', () => {
  it('every internal link, anchor and asset reference resolves', () => {
    const broken: string[] = [];
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const base = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decodeEntities(match[1]!);
        if (/^(mailto|tel|https?|data):/.test(raw) && !raw.startsWith('http://site')) continue;
        const url = new URL(raw, base);
        const file = target(url.pathname);
        if (!file) {
          broken.push(`${page}: ${raw} (no such file)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html') && !ids(file).has(anchor))
          broken.push(`${page}: ${raw} (no element with id "${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
