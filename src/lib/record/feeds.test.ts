import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { brandFeed, policyFeed, policyFeedParts, siteFeed } from './feeds.ts';
import { atomXml } from './atom.ts';
import { siteContext } from '../routes/site-context.ts';
import { recordFiles } from './files.ts';

const catalog = smallCatalog('2024-01-01');
const brand = catalog.brands[0]!;
const privacy = brand.policies.find((p) => p.id === 'privacy')!;
const ctx = siteContext(catalog, { brand: undefined }, new URL('https://privacy.example.com'));

/** Each entry as a readable line: title, id, updated and whether it links a redline. */
function entries(xml: string): string[] {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body = '']) => {
    const title = /<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/.exec(body)?.[1];
    const updated = /<updated>(.*?)<\/updated>/.exec(body)?.[1]?.slice(0, 10);
    const terms = [...body.matchAll(/term="(\w+)"/g)].map((m) => m[1]).join(',');
    const redline = /href="[^"]*\/changes\/([^"]*)\/"/.exec(body)?.[1] ?? '-';
    return `${title} | ${updated} | ${terms} | ${redline}`;
  });
}

describe('policyFeed', () => {
  const xml = policyFeed(ctx, brand, privacy);

  it('has one entry per version, newest first, upcoming ones marked', () => {
    expect(entries(xml)).toEqual([
      '[即将生效] [重大变更] 隐私政策 · 2099年1月1日 起生效 | 2023-12-01 | upcoming,material | 2023-06-01...2099-01-01',
      '隐私政策 · 2023年6月1日 起生效 | 2023-05-15 | current | 2020-01-01...2023-06-01',
      '隐私政策 · 2020年1月1日 起生效 | 2020-01-01 | archived | -',
    ]);
  });

  it('carries the feed elements Atom requires, dated by its newest entry', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<id>https://privacy.example.com/acme/privacy/</id>');
    expect(xml).toContain('<title>Acme · 隐私政策</title>');
    expect(xml).toContain('<updated>2023-12-01T00:00:00.000Z</updated>');
    expect(xml).toContain('<link rel="self" href="https://privacy.example.com/acme/privacy/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" href="https://privacy.example.com/acme/privacy/"/>');
    expect(xml).toContain('<name>Acme &amp; Co Ltd</name>');
  });

  it('links each entry to its permanent page and escapes text carried as HTML', () => {
    expect(xml).toContain('<id>https://privacy.example.com/acme/privacy/2023-06-01/</id>');
    expect(xml).toContain('<link href="https://privacy.example.com/acme/privacy/2023-06-01/"/>');
    expect(xml).toContain('<summary type="html"><![CDATA[增加了&lt;存储&gt;一节。]]></summary>');
    expect(xml).toContain('<published>2023-05-15T00:00:00.000Z</published>');
  });

  it('is the same text however often it is built', () => {
    expect(policyFeed(ctx, brand, privacy)).toBe(xml);
  });

  it('is keyed by what it shows, so that a rebuild writes only the feeds that changed', () => {
    expect(atomXml(policyFeedParts(ctx, brand, privacy))).toBe(xml);
    const keys = (day: string) => {
      const later = siteContext(smallCatalog(day), { brand: undefined }, new URL('https://privacy.example.com'));
      return new Map(recordFiles(later).flatMap((f) => (f.path.endsWith('feed.xml') ? [[f.path, f.key]] : [])));
    };
    const before = keys('2024-01-01');
    expect([...before.values()].every((key) => key?.startsWith('feed '))).toBe(true);
    expect(keys('2024-06-01')).toEqual(before);
    // The upcoming version takes effect: every feed that lists the privacy policy shows it as current.
    const after = keys('2099-01-02');
    const changed = [...before.keys()].filter((path) => after.get(path) !== before.get(path));
    expect(changed.sort()).toEqual(['/acme/feed.xml', '/acme/privacy/feed.xml', '/feed.xml']);
  });
});

describe('brand and site feeds', () => {
  it('merge the policies of a brand', () => {
    expect(entries(brandFeed(ctx, brand)).map((e) => e.split(' | ')[0])).toEqual([
      '[即将生效] [重大变更] 隐私政策 · 2099年1月1日 起生效',
      '隐私政策 · 2023年6月1日 起生效',
      'Cookie 政策 · 2021年3月1日 起生效',
      '隐私政策 · 2020年1月1日 起生效',
    ]);
  });

  it('name the brand in each entry of the all-brands feed', () => {
    const xml = siteFeed(ctx);
    expect(entries(xml)[1]).toMatch(/^Acme · 隐私政策 · 2023年6月1日 起生效/);
    expect(xml).toContain('<link rel="self" href="https://privacy.example.com/feed.xml"/>');
  });
});
