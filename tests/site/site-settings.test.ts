import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../support/build.ts';
import { readPage } from '../support/html.ts';

/** The basic fixture and an English brand, with the site settings a group would write. */
const SITE_YAML = `locale: en
name: { en: Group Privacy, zh-CN: 集团隐私中心 }
description: { en: Every policy of the group., zh-CN: 集团各品牌的隐私政策。 }
notice: { en: 'Preview: not yet published.' }
url: https://privacy.group.example
brands: [beta]
footer:
  - label: { en: Contact us, zh-CN: 联系我们 }
    href: mailto:privacy@group.example
credit: false
icon: group.svg
`;
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#0f766e"/></svg>';

function content(siteYaml: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'privacy-center-settings-')), 'content');
  cpSync(resolve(root, 'tests/fixtures/sites/basic'), dir, { recursive: true });
  mkdirSync(join(dir, 'brands/beta/privacy'), { recursive: true });
  writeFileSync(
    join(dir, 'brands/beta/brand.yaml'),
    'name: Beta\nlegalName: Beta Ltd\nlocale: en\ncolors:\n  primary: "#1d4ed8"\n',
  );
  writeFileSync(
    join(dir, 'brands/beta/privacy/2022-01-01.mdx'),
    '---\ntitle: Privacy Policy\n---\n\n## Contact\n\nWrite to us.\n',
  );
  writeFileSync(join(dir, 'site.yaml'), siteYaml);
  writeFileSync(join(dir, 'group.svg'), ICON);
  return dir;
}

async function build(siteYaml: string): Promise<string> {
  const dir = content(siteYaml);
  const result = await buildSite({ content: dir, out: join(dir, '..', 'dist'), now: '2024-01-01' });
  if (result.status !== 0) throw new Error(result.output);
  return result.out;
}

let group = '';
let mounted = '';
beforeAll(async () => {
  // One after another: each build uses both cores.
  group = await build(SITE_YAML);
  mounted = await build(`${SITE_YAML}brand: acme\n`);
});

describe('a site built with content/site.yaml', () => {
  it("serves its own language's directory at / with its name, description and order of brands", () => {
    const home = readPage(group, '/');
    expect(home).toContain('<html lang="en"');
    expect(home).toMatch(/<title>Group Privacy<\/title>/);
    expect(home).toMatch(/<h1[^>]*>Group Privacy<\/h1>/);
    expect(home).toContain('<meta name="description" content="Every policy of the group.">');
    expect(home.indexOf('data-brand="beta"')).toBeLessThan(home.indexOf('data-brand="acme"'));
    expect(home.indexOf('data-brand="beta"')).toBeGreaterThan(-1);
  });

  it("titles brand pages with the site's name in their language", () => {
    expect(readPage(group, '/acme/')).toMatch(/<h1[^>]*>示例公司 集团隐私中心<\/h1>/);
    expect(readPage(group, '/acme/privacy/')).toMatch(/<title>[^<]*示例公司 · 集团隐私中心<\/title>/);
    expect(readPage(group, '/beta/privacy/')).toMatch(/<title>[^<]*Beta · Group Privacy<\/title>/);
  });

  it('shows the notice on every page, marked with its language where the page is in another', () => {
    expect(readPage(group, '/beta/privacy/')).toMatch(
      /<p[^>]*data-site-notice[^>]*>\s*Preview: not yet published\.\s*<\/p>/,
    );
    const zh = readPage(group, '/acme/privacy/');
    expect(zh).toMatch(
      /<p[^>]*lang="en"[^>]*data-site-notice[^>]*>\s*Preview: not yet published\.|<p[^>]*data-site-notice[^>]*lang="en"/,
    );
    expect(readPage(group, '/404.html')).toContain('Preview: not yet published.');
  });

  it('adds its footer links after the brand’s, and leaves the credit out when asked', () => {
    const zh = readPage(group, '/acme/privacy/');
    expect(zh).toMatch(/<a[^>]*href="mailto:privacy@group.example"[^>]*>\s*联系我们\s*<\/a>/);
    expect(readPage(group, '/')).toMatch(/<a[^>]*href="mailto:privacy@group.example"[^>]*>\s*Contact us\s*<\/a>/);
    expect(zh).not.toContain('由 Privacy Center 生成');
    expect(readPage(group, '/')).not.toContain('Built with Privacy Center');
  });

  it('serves its own icon to every page in place of the default one', () => {
    for (const path of ['/', '/acme/privacy/', '/404.html'])
      expect(readPage(group, path), path).toContain('<link rel="icon" href="/site-icon.svg" type="image/svg+xml">');
    expect(readPage(group, '/site-icon.svg')).toBe(ICON);
  });

  it('uses its url for canonical links, feeds and the record', () => {
    expect(readPage(group, '/acme/privacy/')).toContain(
      '<link rel="canonical" href="https://privacy.group.example/acme/privacy/">',
    );
    const feed = readPage(group, '/feed.xml');
    expect(feed).toContain('<title>Group Privacy</title>');
    expect(feed).toContain('https://privacy.group.example/acme/privacy/');
    expect(readPage(group, '/sitemap.xml')).toContain('<loc>https://privacy.group.example/sitemap-site.xml</loc>');
    expect(readPage(group, '/sitemap-site.xml')).toContain('<loc>https://privacy.group.example/</loc>');
  });

  it("mounts the brand site.yaml names at /, under site.yaml's url", () => {
    const home = readPage(mounted, '/');
    expect(home).toMatch(/<h1[^>]*>示例公司 集团隐私中心<\/h1>/);
    expect(readPage(mounted, '/privacy/')).toContain(
      '<link rel="canonical" href="https://privacy.group.example/privacy/">',
    );
    expect(() => readPage(mounted, '/beta/')).toThrow();
  });
});
