import { describe, expect, inject, it } from 'vitest';
import { readPage, textOf, shownWithoutScript } from '../support/html.ts';

const sites = inject('sites');

const feedLinks = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)">/g)].map(
    (m) => m[1],
  );
/** The text of the upcoming-change note: the first note that announces a new version, badge included. */
const banner = (html: string) =>
  /<div role="note"[^>]*>((?:(?!<div)[\s\S])*?新版本将于[\s\S]*?)<\/div>/.exec(html)?.[1];
/** Its words for a visitor's day before the new version (the page's script shows them), tags stripped. */
const beforeTheDay = (html: string | undefined) =>
  /data-live-when="upcoming" hidden>(.*?)<\/span><span data-live-when/.exec(html ?? '')?.[1]?.replace(/<[^>]+>/g, '');

describe('feeds advertised on the pages', () => {
  it('offers the policy and brand feeds on policy pages, the brand feed on the center, the all-brands feed on the directory', () => {
    const site = 'https://privacy.example.com';
    for (const path of ['/acme/privacy/', '/acme/privacy/2020-01-01/', '/acme/privacy/history/', '/en/acme/privacy/']) {
      expect(feedLinks(readPage(sites.basic, path)), path).toEqual([
        `${site}/acme/privacy/feed.xml`,
        `${site}/acme/feed.xml`,
      ]);
    }
    expect(feedLinks(readPage(sites.basic, '/acme/'))).toEqual([`${site}/acme/feed.xml`]);
    expect(feedLinks(readPage(sites.basic, '/'))).toEqual([`${site}/feed.xml`]);
  });

  it('shows a visible subscribe link on the brand center and on each policy page', () => {
    expect(readPage(sites.basic, '/acme/')).toMatch(/<a [^>]*href="\/acme\/feed.xml"[^>]*>[\s\S]*?订阅变更\s*<\/a>/);
    for (const path of ['/acme/privacy/', '/acme/privacy/2020-01-01/', '/acme/cookies/']) {
      expect(readPage(sites.basic, path), path).toMatch(
        /<a [^>]*href="\/acme\/[a-z]+\/feed.xml"[^>]*>[\s\S]*?订阅变更\s*<\/a>/,
      );
    }
    expect(readPage(sites.basic, '/en/acme/privacy/')).toMatch(/Subscribe to changes\s*<\/a>/);
    expect(readPage(sites.basic, '/acme/privacy/')).toContain('href="/acme/privacy/versions.json"');
  });
});

describe('the upcoming-change banner', () => {
  it('appears on the fixture’s current privacy page with the date, days left, new text and redline', () => {
    for (const path of ['/acme/privacy/', '/acme/privacy/2023-06-01/']) {
      const text = banner(readPage(sites.basic, path));
      expect(beforeTheDay(text), path).toBe('新版本将于 2099年1月1日 起生效（还有 27394 天）。');
      expect(text).toContain('href="/acme/privacy/2099-01-01/"');
      expect(text).toContain('href="/acme/privacy/changes/2023-06-01...2099-01-01/"');
    }
    expect(readPage(sites.basic, '/en/acme/privacy/')).toContain(
      'href="/en/acme/privacy/changes/2023-06-01...2099-01-01/"',
    );
  });

  it('does not appear where no later version exists, nor on archived and upcoming pages', () => {
    for (const path of ['/acme/cookies/', '/acme/privacy/2020-01-01/', '/acme/privacy/2099-01-01/']) {
      expect(banner(readPage(sites.basic, path)), path).toBeUndefined();
    }
    expect(banner(readPage(sites.sample, '/beiye/privacy/'))).toBeUndefined();
  });

  it('appears on 1号店’s policy in the sample site, built on 2026-11-21', () => {
    const text = banner(readPage(sites.sample, '/yhd/privacy/'));
    expect(beforeTheDay(text)).toBe('新版本将于 2027年1月1日 起生效（还有 41 天）。');
    expect(text).toMatch(/data-material>重大变更<\/span> <span data-live-from="2027-01-01"/);
    expect(text).toContain('href="/yhd/privacy/changes/2023-03-01...2027-01-01/"');
  });
});

describe('fixed heading anchors', () => {
  it('takes the id from a trailing \\{#id\\} and keeps it out of the heading and the contents', () => {
    const html = readPage(sites.basic, '/en/acme/privacy/');
    // The heading's text, then the link to itself that version pages add.
    expect(html).toContain('<h2 id="storage">3. Storage<a class="heading-link" href="#storage"');
    expect(html).toMatch(/href="#storage"[^>]*>\s*3\. Storage\s*</);
    expect(html).not.toContain('{#storage}');
  });
});

describe('the last-visit prompt and the print button without JavaScript', () => {
  it('are hidden in the HTML, with the data the script needs in data-* attributes', () => {
    const html = readPage(sites.sample, '/yhd/privacy/');
    const prompt = /<div hidden[^>]* data-last-visit [^>]*>/.exec(html)?.[0] ?? '';
    expect(prompt).toContain('data-policy="yhd/privacy"');
    expect(prompt).toContain('data-version="2023-03-01"');
    expect(prompt).toContain('/yhd/privacy/changes/2017-09-01...2023-03-01/');
    expect(html).toMatch(/<button type="button" hidden data-print-button/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('telling versions apart', () => {
  it('links an archived version to its redline against the current one', () => {
    expect(readPage(sites.basic, '/acme/privacy/2020-01-01/')).toMatch(
      /<a [^>]*href="\/acme\/privacy\/changes\/2020-01-01\.\.\.2023-06-01\/">与现行版本比较<\/a>/,
    );
    // Two versions back, there is no static redline: the compare page computes it.
    expect(readPage(sites.sample, '/chefu/privacy/2019-11-01/')).toContain(
      'href="/chefu/privacy/compare/?from=2019-11-01&amp;to=2025-01-15"',
    );
  });

  it('names both dates in a redline’s title and heading', () => {
    const html = readPage(sites.basic, '/acme/privacy/changes/2020-01-01...2023-06-01/');
    expect(textOf(html, /<title>([^<]*)<\/title>/)).toBe(
      '示例隐私政策 · 2020年1月1日 → 2023年6月1日 的变更 | 示例公司 · 隐私中心',
    );
    expect(textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('2020年1月1日 → 2023年6月1日 的变更');
  });

  it('flags a material change on the version’s header, its redline’s header, the history and the brand center', () => {
    const material = /data-material>重大变更</;
    for (const path of [
      '/acme/privacy/2099-01-01/',
      '/acme/privacy/changes/2023-06-01...2099-01-01/',
      '/acme/privacy/history/',
      '/acme/',
    ]) {
      expect(readPage(sites.basic, path), path).toMatch(material);
    }
    for (const path of ['/acme/privacy/2020-01-01/', '/acme/privacy/changes/2020-01-01...2023-06-01/']) {
      expect(readPage(sites.basic, path), path).not.toMatch(material);
    }
    // An upcoming or material change's summary is shown open.
    expect(readPage(sites.basic, '/acme/privacy/2099-01-01/')).toMatch(
      /<details[^>]*open[^>]*>[\s\S]*?将保存期限改为两年/,
    );
  });

  it('explains the history’s bars and gives each version its effective range', () => {
    const html = readPage(sites.basic, '/acme/privacy/history/');
    expect(html).toContain('条形的长度表示该版本相对上一版本插入和删除的字数');
    expect(html).toContain('href="/acme/privacy/compare/"');
    // As read without JavaScript: the range of the version in force ends on a later day it cannot know.
    const shown = shownWithoutScript(html);
    const ranges = [...shown.matchAll(/<li [^>]*data-version="([\d-]+)"[\s\S]*?<\/h2>\s*<p[^>]*>([^·]*)·/g)].map(
      (m) => `${m[1]}: ${m[2]!.replace(/<[^>]+>/g, '').trim()}`,
    );
    expect(ranges).toEqual([
      '2099-01-01: 2099年1月1日 起生效',
      '2023-06-01: 2023年6月1日 起生效',
      '2020-01-01: 2020年1月1日 至 2023年5月31日',
    ]);
  });
});
