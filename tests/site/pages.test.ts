import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, shownWithoutScript, textOf } from '../support/html.ts';

const dist = inject('sites').basic;

describe('the fixture site built with PRIVACY_CENTER_NOW=2024-01-01', () => {
  it('lists the brands on the directory page', () => {
    const html = readPage(dist, '/');
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('href="/acme/"');
    expect(html).toMatch(/<a [^>]*href="\/feed\.xml"[^>]*data-subscribe/);
  });

  it('serves the current version at the policy URL, canonical to itself', () => {
    const html = readPage(dist, '/acme/privacy/');
    // Without JavaScript a status that a later day changes is left to the date (tests/site/live-status.test.ts).
    expect(textOf(shownWithoutScript(html), /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('示例隐私政策（2023年6月1日版）');
    expect(html).toContain('现行版本');
    expect(html).toContain('第 2 版');
    expect(html).toContain('我们将收取您的姓名和电话号码');
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/privacy\.example\.com\/acme\/privacy\/">/);
  });

  it('gives each version its own title, H1 and breadcrumb', () => {
    const cases = [
      ['/acme/privacy/', '2023年6月1日', '', false],
      ['/acme/privacy/2023-06-01/', '2023年6月1日', '', true],
      ['/acme/privacy/2020-01-01/', '2020年1月1日', '，已失效', true],
      ['/acme/privacy/2099-01-01/', '2099年1月1日', '', true],
    ] as const;
    const titles = new Set<string>();
    for (const [path, date, status, crumb] of cases) {
      const html = readPage(dist, path);
      const h1 = textOf(shownWithoutScript(html), /<h1[^>]*>([\s\S]*?)<\/h1>/);
      expect(h1, path).toBe(`示例隐私政策（${date}版${status}）`);
      const title = textOf(html, /<title>([^<]*)<\/title>/);
      expect(title, path).toContain(`示例隐私政策（${date}版${status}）`);
      titles.add(title ?? '');
      const trail = textOf(html, /<nav aria-label="导航路径"[^>]*>([\s\S]*?)<\/nav>/) ?? '';
      expect(trail.includes(`${date}版`), `${path}: ${trail}`).toBe(crumb);
    }
    // The current version has one title at both its addresses; every other version has its own.
    expect(titles.size).toBe(3);
  });

  it('links no PDF when built with PRIVACY_CENTER_PDF=0, as this fixture is', () => {
    expect(readPage(dist, '/acme/privacy/2020-01-01/')).not.toContain('.pdf"');
    expect(readPage(dist, '/acme/privacy/changes/2020-01-01...2023-06-01/')).not.toContain('.pdf"');
    expect(readFileSync(join(dist, 'acme/privacy/versions.json'), 'utf8')).not.toMatch(/"pdf": "/);
    // The sample site is built with them.
    expect(readPage(inject('sites').sample, '/yhd/privacy/2017-09-01/')).toContain(
      'href="/yhd/privacy/2017-09-01/yhd-privacy-2017-09-01.pdf"',
    );
  });

  it('announces the upcoming version on the current page with the days left', () => {
    const html = readPage(dist, '/acme/privacy/');
    expect(textOf(html, /data-live-when="upcoming" hidden>(.*?天）。)/)).toBe(
      '新版本将于 2099年1月1日 起生效（还有 27394 天）。',
    );
    expect(shownWithoutScript(html)).toContain('新版本自 2099年1月1日 起生效。');
    expect(html).toContain('href="/acme/privacy/2099-01-01/"');
  });

  it('gives every version a permanent URL with its status', () => {
    expect(readPage(dist, '/acme/privacy/2020-01-01/')).toContain('这是已被取代的历史版本');
    expect(readPage(dist, '/acme/privacy/2020-01-01/')).toContain(
      '<link rel="canonical" href="https://privacy.example.com/acme/privacy/2020-01-01/">',
    );
    expect(readPage(dist, '/acme/privacy/2020-01-01/')).toContain('<meta name="robots" content="noindex">');
    expect(shownWithoutScript(readPage(dist, '/acme/privacy/2099-01-01/'))).toContain('此版本自 2099年1月1日 起生效。');
    expect(readPage(dist, '/acme/privacy/2023-06-01/')).toContain('现行版本');
  });

  it('lists the history newest first with statuses and summaries', () => {
    const html = readPage(dist, '/acme/privacy/history/');
    const order = [...html.matchAll(/data-version="([\d-]+)" data-status="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(order).toEqual(['2099-01-01 upcoming', '2023-06-01 current', '2020-01-01 archived']);
    expect(html).toContain('增加了信息存储期限一节。');
    expect(html).toContain('首个版本');
  });

  it('gives headings stable ids and a table of contents', () => {
    const html = readPage(dist, '/acme/privacy/');
    expect(html).toContain('id="一我们收集的信息"');
    expect(html).toContain('href="#一我们收集的信息"');
  });

  it('serves translations under /en/ with hreflang alternates, and says when one is missing', () => {
    const en = readPage(dist, '/en/acme/privacy/');
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('We collect your name and phone number.');
    expect(en).toContain('hreflang="zh-CN" href="https://privacy.example.com/acme/privacy/"');
    const missing = readPage(dist, '/en/acme/privacy/2020-01-01/');
    expect(missing).toContain('This version has no translation in this language');
    expect(missing).toContain('lang="zh-CN"');
  });

  it('shows the brand contact block and a 404 page', () => {
    expect(readPage(dist, '/acme/')).toContain('mailto:privacy@example.com');
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });
});
