import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../support/build.ts';
import { readPage } from '../support/html.ts';

let dist = '';
beforeAll(async () => {
  const result = await buildSite({
    content: resolve(root, 'tests/fixtures/sites/basic'),
    out: join(mkdtempSync(join(tmpdir(), 'privacy-center-single-')), 'dist'),
    now: '2024-01-01',
    brand: 'acme',
  });
  if (result.status !== 0) throw new Error(result.output);
  dist = result.out;
});

describe('a single-brand build (PRIVACY_CENTER_BRAND=acme)', () => {
  it('mounts the brand center at / with no directory page', () => {
    const home = readPage(dist, '/');
    expect(home).toContain('示例公司 隐私中心');
    expect(home).not.toContain('各品牌的隐私政策');
    expect(existsSync(join(dist, 'acme'))).toBe(false);
  });

  it('serves policies without the brand segment', () => {
    expect(readPage(dist, '/privacy/')).toContain('第 2 版');
    expect(readPage(dist, '/privacy/2020-01-01/')).toContain('这是已被取代的历史版本');
    expect(readPage(dist, '/en/privacy/')).toContain('<html lang="en"');
    expect(readPage(dist, '/privacy/')).toContain('href="/privacy/history/"');
  });

  it("uses the brand's own site for canonical URLs, sitemap and robots.txt", () => {
    expect(readPage(dist, '/privacy/')).toContain(
      '<link rel="canonical" href="https://privacy.acme.example/privacy/">',
    );
    expect(readPage(dist, '/sitemap.xml')).toContain(
      '<loc>https://privacy.acme.example/sitemap.acme.privacy.xml</loc>',
    );
    expect(readPage(dist, '/sitemap.acme.privacy.xml')).toContain('<loc>https://privacy.acme.example/privacy/</loc>');
    expect(readPage(dist, '/robots.txt')).toContain('Sitemap: https://privacy.acme.example/sitemap.xml');
  });

  it('has its own 404 page in the brand colours', () => {
    expect(readPage(dist, '/404.html')).toContain('data-brand="acme"');
  });
});
