import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import type { Element, Root } from 'xast';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { sitePages, type PageRef } from '../routes/pages.ts';
import { siteContext } from '../routes/site-context.ts';
import { sitemapBrand, sitemapFiles } from './sitemap.ts';

const site = new URL('https://privacy.example.com');
const catalog = smallCatalog('2024-01-01');
const pages = sitePages(siteContext(catalog, { brand: undefined }, site));

/** The text of each element named `name` in an XML file: the `loc`s of a sitemap or an index. */
function texts(xml: string, name: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.name === name) found.push(child.children.map((c) => ('value' in c ? c.value : '')).join(''));
      walk(child);
    }
  };
  walk(fromXml(xml));
  return found;
}

const files = (limit?: number) =>
  new Map(sitemapFiles(pages, site, limit).map((f) => [f.path, f.body().toString('utf8')]));

describe('sitemaps', () => {
  it('indexes one sitemap for the pages outside policies and one for each policy', () => {
    const made = files();
    const index = made.get('/sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(texts(index, 'loc')).toEqual([
      'https://privacy.example.com/sitemap-site.xml',
      'https://privacy.example.com/sitemap.acme.cookies.xml',
      'https://privacy.example.com/sitemap.acme.privacy.xml',
    ]);
    expect([...made.keys()].slice(1)).toEqual(texts(index, 'loc').map((u) => new URL(u).pathname));
    const own = texts(made.get('/sitemap-site.xml')!, 'loc');
    expect(own).toContain('https://privacy.example.com/');
    expect(own).toContain('https://privacy.example.com/acme/');
    expect(own.some((u) => u.includes('/privacy/'))).toBe(false);
    const privacy = texts(made.get('/sitemap.acme.privacy.xml')!, 'loc');
    expect(privacy).toContain('https://privacy.example.com/acme/privacy/');
    expect(privacy).toContain('https://privacy.example.com/acme/privacy/2099-01-01/');
    expect(privacy.every((u) => u.includes('/privacy/'))).toBe(true);
  });

  it('lists every page once but superseded versions, with their dates', () => {
    const made = files();
    const listed = [...made].filter(([path]) => path !== '/sitemap.xml').flatMap(([, xml]) => texts(xml, 'loc'));
    expect(new Set(listed).size).toBe(listed.length);
    const archived = pages.filter((p) => p.kind === 'version' && p.version.status === 'archived');
    expect(archived.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(
      pages
        .filter((p) => !archived.includes(p))
        .map((p) => new URL(p.path, site).href)
        .sort(),
    );
    expect(made.get('/sitemap.acme.privacy.xml')).toContain(
      '<url><loc>https://privacy.example.com/acme/privacy/2099-01-01/</loc><lastmod>2099-01-01</lastmod></url>',
    );
  });

  it('cuts a policy longer than the protocol allows into numbered parts, each in the index', () => {
    const whole = texts(files().get('/sitemap.acme.privacy.xml')!, 'loc');
    const made = files(4);
    const parts = [...made.keys()].filter((p) => p.startsWith('/sitemap.acme.privacy'));
    // Room is left for a glossary page in each of the brand's two languages.
    expect(parts).toEqual(
      Array.from(
        { length: Math.ceil((whole.length + 2) / 4) },
        (_, i) => `/sitemap.acme.privacy${i === 0 ? '' : `.${i + 1}`}.xml`,
      ),
    );
    expect(parts.flatMap((p) => texts(made.get(p)!, 'loc'))).toEqual(whole);
    expect(parts.every((p) => texts(made.get(p)!, 'loc').length <= 4)).toBe(true);
    expect(texts(made.get('/sitemap.xml')!, 'loc').map((u) => new URL(u).pathname)).toEqual([...made.keys()].slice(1));
  });

  it('indexes the same parts whether a policy has a glossary page or not, which only its texts tell', () => {
    const history = pages.find((p) => p.kind === 'history' && p.policy.id === 'privacy')!;
    const glossary = { ...history, kind: 'glossary', path: '/acme/privacy/glossary/' } as PageRef;
    for (const limit of [4, 5, 6, 50_000]) {
      const index = (list: PageRef[]) => sitemapFiles(list, site, limit)[0]!.body().toString('utf8');
      expect(index([...pages, glossary]), `${limit}`).toBe(index(pages));
    }
    const withGlossary = sitemapFiles([...pages, glossary], site, 4).flatMap((f) =>
      texts(f.body().toString('utf8'), 'loc'),
    );
    expect(withGlossary).toContain('https://privacy.example.com/acme/privacy/glossary/');
  });

  it("names the brand of a policy's sitemap by its path, and no brand for the others", () => {
    expect(sitemapBrand('/sitemap.acme.privacy.xml')).toBe('acme');
    expect(sitemapBrand('sitemap.acme.privacy.3.xml')).toBe('acme');
    expect(sitemapBrand('/sitemap.xml')).toBeUndefined();
    expect(sitemapBrand('/sitemap-site.xml')).toBeUndefined();
    expect(sitemapBrand('/acme/sitemap.acme.privacy.xml')).toBeUndefined();
  });
});
