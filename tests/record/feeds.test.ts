import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SiteIndexFile, VersionsFile } from '../../src/lib/record/record.ts';
import { launchBrowser } from '../support/browser.ts';

const sites = inject('sites');

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  link: string;
  terms: string[];
  content: string;
}

interface ParsedFeed {
  error: string | null;
  namespace: string;
  id: string;
  title: string;
  updated: string;
  self: string | undefined;
  alternate: string | undefined;
  authors: number;
  entries: ParsedEntry[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Parses a built feed with the browser's XML parser and reads the elements Atom requires. */
async function parseFeed(dist: string, path: string): Promise<ParsedFeed> {
  const xml = readFileSync(join(dist, path), 'utf8');
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const feed = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
    const children = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
    const text = (el: Element, name: string) => child(el, name)?.textContent?.trim() ?? '';
    const link = (el: Element, rel: string) =>
      children(el, 'link')
        .find((l) => (l.getAttribute('rel') ?? 'alternate') === rel)
        ?.getAttribute('href') ?? undefined;
    return {
      error,
      namespace: feed.namespaceURI ?? '',
      id: text(feed, 'id'),
      title: text(feed, 'title'),
      updated: text(feed, 'updated'),
      self: link(feed, 'self'),
      alternate: link(feed, 'alternate'),
      authors: children(feed, 'author').length,
      entries: children(feed, 'entry').map((e) => ({
        id: text(e, 'id'),
        title: text(e, 'title'),
        updated: text(e, 'updated'),
        published: text(e, 'published'),
        link: link(e, 'alternate') ?? '',
        terms: children(e, 'category').map((c) => c.getAttribute('term') ?? ''),
        content: text(e, 'content'),
      })),
    };
  }, xml);
}

function expectValidAtom(feed: ParsedFeed, self: string) {
  expect(feed.error).toBeNull();
  expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toMatch(/^https:\/\/privacy\.example\.com\//);
  expect(feed.title).not.toBe('');
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(feed.self).toBe(`https://privacy.example.com${self}`);
  expect(feed.alternate).toMatch(/^https:\/\/privacy\.example\.com\//);
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^https:\/\/privacy\.example\.com\/.+\/\d{4}-\d{2}-\d{2}\/$/);
    expect(entry.link).toBe(entry.id);
    expect(entry.title).not.toBe('');
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(entry.published).toBe(entry.updated);
  }
  // The feed is dated by its newest entry, not by the build's clock.
  expect(feed.updated).toBe(
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1),
  );
}

const readJson = <T>(dist: string, path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

describe('Atom feeds of the fixture site (PRIVACY_CENTER_NOW=2024-01-01)', () => {
  it('lists every version of a policy, newest first, with redline links from the second on', async () => {
    const feed = await parseFeed(sites.basic, 'acme/privacy/feed.xml');
    expectValidAtom(feed, '/acme/privacy/feed.xml');
    expect(feed.title).toBe('示例公司 · 示例隐私政策');
    expect(feed.authors).toBe(1);
    expect(feed.entries.map((e) => `${e.title} | ${e.updated.slice(0, 10)} | ${e.terms.join(',')}`)).toEqual([
      '[即将生效] [重大变更] 示例隐私政策 · 2099年1月1日 起生效 | 2023-12-01 | upcoming,material',
      '示例隐私政策 · 2023年6月1日 起生效 | 2023-05-15 | current',
      '示例隐私政策 · 2020年1月1日 起生效 | 2020-01-01 | archived',
    ]);
    const [upcoming, current, first] = feed.entries;
    expect(upcoming!.content).toContain('此版本尚未生效，将于 2099年1月1日 起生效。');
    expect(upcoming!.content).toContain('将保存期限改为两年。');
    expect(current!.content).toContain(
      'href="https://privacy.example.com/acme/privacy/changes/2020-01-01...2023-06-01/"',
    );
    expect(current!.content).toContain('href="https://privacy.example.com/acme/privacy/2023-06-01/"');
    expect(first!.content).not.toContain('/changes/');
    expect(feed.updated.slice(0, 10)).toBe('2023-12-01');
  });

  it('merges a brand’s policies in its feed and every brand in /feed.xml', async () => {
    const brand = await parseFeed(sites.basic, 'acme/feed.xml');
    expectValidAtom(brand, '/acme/feed.xml');
    expect(brand.entries.map((e) => e.id.replace('https://privacy.example.com', ''))).toEqual([
      '/acme/privacy/2099-01-01/',
      '/acme/privacy/2023-06-01/',
      '/acme/cookies/2021-03-01/',
      '/acme/privacy/2020-01-01/',
    ]);
    const site = await parseFeed(sites.basic, 'feed.xml');
    expectValidAtom(site, '/feed.xml');
    expect(site.entries.map((e) => e.id)).toEqual(brand.entries.map((e) => e.id));
    expect(site.entries[1]!.title).toBe('示例公司 · 示例隐私政策 · 2023年6月1日 起生效');
  });
});

describe('Atom feeds of the sample site', () => {
  const index = readJson<SiteIndexFile>(sites.sample, 'index.json');

  it('has one entry per version in every policy and brand feed, and all of them in /feed.xml', async () => {
    let all = 0;
    for (const brand of index.brands) {
      let ofBrand = 0;
      for (const policy of brand.policies) {
        const path = new URL(policy.feed).pathname;
        const feed = await parseFeed(sites.sample, path);
        expectValidAtom(feed, path);
        const versions = readJson<VersionsFile>(sites.sample, new URL(policy.versions).pathname).versions;
        expect(feed.entries.map((e) => e.id).sort()).toEqual(versions.map((v) => v.url).sort());
        ofBrand += versions.length;
      }
      const path = new URL(brand.feed).pathname;
      const feed = await parseFeed(sites.sample, path);
      expectValidAtom(feed, path);
      expect(feed.entries).toHaveLength(ofBrand);
      all += ofBrand;
    }
    const site = await parseFeed(sites.sample, 'feed.xml');
    expectValidAtom(site, '/feed.xml');
    expect(site.entries).toHaveLength(all);
  });

  it('announces 1号店’s upcoming version, marked as upcoming', async () => {
    const feed = await parseFeed(sites.sample, 'yhd/privacy/feed.xml');
    const upcoming = feed.entries.filter((e) => e.terms.includes('upcoming'));
    expect(upcoming.map((e) => e.id)).toEqual(['https://privacy.example.com/yhd/privacy/2027-01-01/']);
    expect(upcoming[0]!.title).toMatch(/^\[即将生效\] .* 2027年1月1日 起生效$/);
    expect(upcoming[0]!.content).toContain(
      'href="https://privacy.example.com/yhd/privacy/changes/2023-03-01...2027-01-01/"',
    );
  });
});
