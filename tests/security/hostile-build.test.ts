import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fromXml } from 'xast-util-from-xml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isSafeLink } from '../../src/lib/policy/link-safety.ts';
import { neutralisedCases, refusedCases } from '../fixtures/hostile/cases.ts';
import { brandOf, writeCases } from '../fixtures/hostile/write.ts';
import { buildSite, root, type BuildResult } from '../support/build.ts';
import { listFiles } from '../support/dist-files.ts';
import { THEME_SCRIPT } from '../../src/lib/routes/urls.ts';

const hostile = inject('sites').hostile;
const html = unified().use(rehypeParse);

/** Every element of a page, for checks that must hold on all of them. */
function elements(file: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      out.push(child);
      walk(child);
    }
  };
  walk(html.parse(readFileSync(file, 'utf8')));
  return out;
}

/** The texts and attribute values of a page, as a browser would decode them. */
function strings(file: string): string[] {
  const tree = html.parse(readFileSync(file, 'utf8'));
  const out: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') out.push(child.value);
      if (child.type !== 'element') continue;
      for (const value of Object.values(child.properties))
        out.push(Array.isArray(value) ? value.join(' ') : String(value));
      walk(child);
    }
  };
  walk(tree);
  return out;
}

describe('a real build of every refused case at once', () => {
  const content = writeCases(refusedCases);
  const out = join(mkdtempSync(join(tmpdir(), 'pc-hostile-out-')), 'dist');
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildSite({ content, out, now: '2024-01-01' });
  });

  it('stops with exit 1 and writes nothing', () => {
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(result.output).toContain('nothing was published');
  });

  it('runs none of the code in the texts', () => {
    for (const dir of [root, content, join(content, '..')]) expect(readdirSync(dir)).not.toContain('PWNED');
  });

  it.each(refusedCases.map((c, n) => [c.name, c, n] as const))('names %s with its file and line', (_, c, n) => {
    const file = `brands/${brandOf(c, n)}${c.file === '' ? '/' : `/${c.file}`}`;
    const where = c.line === undefined ? file : `${file}:${c.line}`;
    const block = result.output.split('\n\n').find((b) => b.startsWith(where) && c.message.test(b));
    expect(block, `no problem at ${where} matching ${c.message}`).toBeDefined();
    expect(block).toMatch(c.hint);
  });
});

describe('neutralised input in the built site', () => {
  const brands = neutralisedCases.map((c, n) => ({ c, id: brandOf(c, n) }));

  it.each(brands.map(({ c, id }) => [c.name, id, c.marker] as const))('%s is shown as text', (_, id, marker) => {
    const pages = listFiles(join(hostile, id)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const shown = pages.some((page) => strings(join(hostile, id, page)).some((s) => s.includes(marker)));
    expect(shown, `"${marker}" appears as text or attribute value on a page of ${id}`).toBe(true);
  });

  it('has no active markup on any page: scripts are the site’s own files, links are safe, nothing loads from elsewhere', () => {
    const pages = listFiles(hostile).filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      for (const el of elements(join(hostile, page))) {
        const where = `${page} <${el.tagName}>`;
        for (const name of Object.keys(el.properties)) expect(name, where).not.toMatch(/^on/i);
        if (el.tagName === 'script') {
          const src = String(el.properties['src'] ?? '');
          if (src !== THEME_SCRIPT) expect(src, where).toMatch(/^\/_astro\//);
        }
        expect(['iframe', 'object', 'embed', 'base', 'style', 'frame'], where).not.toContain(el.tagName);
        if (el.tagName === 'link' && String(el.properties['rel']).includes('stylesheet'))
          expect(String(el.properties['href']), where).toMatch(/^\/[^/]/);
        if (el.tagName === 'form') expect(String(el.properties['action'] ?? '/'), where).toMatch(/^\/(?!\/)/);
        if (el.tagName === 'meta') expect(el.properties['httpEquiv'], where).toBeUndefined();
        if (el.tagName === 'img') expect(String(el.properties['src']), where).toMatch(/^\/[^/]/);
        if (el.tagName === 'a') expect(isSafeLink(String(el.properties['href'] ?? '')), where).toBe(true);
      }
    }
  });

  it('keeps markup in names, titles and summaries as data in the JSON records and Atom feeds', () => {
    for (const { c, id } of brands.slice(0, 4)) {
      const records = ['index.json', 'privacy/versions.json'].map(
        (f) => JSON.parse(readFileSync(join(hostile, id, f), 'utf8')) as unknown,
      );
      expect(JSON.stringify(records), c.name).toContain(JSON.stringify(c.marker).slice(1, -1));
      const feed = feedTexts(readFileSync(join(hostile, id, 'feed.xml'), 'utf8'));
      expect(
        feed.texts.some((t) => t.includes(c.marker)),
        `${c.name} in the feed`,
      ).toBe(true);
      // A feed reader renders type="html" fields: they may hold only the feed's own paragraphs and links.
      expect(
        [...new Set(feed.elements)].filter((e) => e !== 'p' && e !== 'a'),
        c.name,
      ).toEqual([]);
    }
  });
});

/** The texts of an Atom feed as a reader shows them: type="html" fields decoded as HTML. */
function feedTexts(xml: string): { texts: string[]; elements: string[] } {
  const texts: string[] = [];
  const elements: string[] = [];
  const walkXml = (
    node: {
      type: string;
      value?: string;
      name?: string;
      attributes?: Record<string, string | null | undefined>;
      children?: unknown[];
    },
    htmlField: boolean,
  ) => {
    if (node.type === 'text' || node.type === 'cdata') {
      if (!htmlField) texts.push(node.value ?? '');
      else {
        const walkHtml = (n: Root | Element) => {
          for (const child of n.children) {
            if (child.type === 'text') texts.push(child.value);
            if (child.type === 'element') {
              elements.push(child.tagName);
              walkHtml(child);
            }
          }
        };
        walkHtml(
          unified()
            .use(rehypeParse, { fragment: true })
            .parse(node.value ?? ''),
        );
      }
    }
    const isHtml = node.type === 'element' && node.attributes?.['type'] === 'html';
    for (const child of (node.children ?? []) as (typeof node)[]) walkXml(child, htmlField || isHtml);
  };
  walkXml(fromXml(xml) as never, false);
  return { texts, elements };
}
