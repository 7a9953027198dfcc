import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../../tests/support/content-dir.ts';
import { valueCache, type ValueCache } from '../build/value-cache.ts';
import { readContent, readTexts } from './read.ts';

const brand = 'name: 示例公司\nlegalName: 示例科技有限公司\nlocale: zh-CN\ncolors:\n  primary: "#1d4ed8"\ncontact:\n  email: privacy@example.com\n';
const version = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\n## 一、总则\n\n我们保护您的个人信息。\n`;

/** A real value cache that counts the values it reads. */
function countingCache(): ValueCache & { reads: number; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-texts-'));
  const cache = valueCache(dir);
  const counted = {
    reads: 0,
    dir,
    get<T>(key: string): T | undefined {
      counted.reads++;
      return cache.get<T>(key);
    },
    has: (key: string) => cache.has(key),
    set: (key: string, value: unknown) => cache.set(key, value),
  };
  return counted;
}

function content(): string {
  return writeContent({
    'brands/acme/brand.yaml': brand,
    'brands/acme/privacy/2023-01-01.mdx': version('隐私政策'),
    'brands/acme/privacy/2024-01-01.mdx': version('隐私政策', 'summary: 更新\n'),
    'brands/acme/terms/2024-01-01.mdx': version('用户协议', 'owner: nobody\n'),
  });
}

describe('readContent with a text cache', () => {
  it('reads an unchanged file back whole, its frontmatter problems included', () => {
    const dir = content();
    const cache = countingCache();
    const first = readContent(dir, { cache, codeKey: 'k' });
    expect(first.texts).toEqual({ parsed: 3, cached: 0, bodies: 0 });
    const again = readContent(dir, { cache, codeKey: 'k' });
    expect(again.texts).toEqual({ parsed: 0, cached: 3, bodies: 0 });
    // The frontmatter comes from the cache too, with the line its problem points at.
    expect(again.problems).toEqual(first.problems);
    expect(again.problems.map((p) => [p.file, p.line])).toEqual([['brands/acme/terms/2024-01-01.mdx', 3]]);
    expect(again.versions.map((v) => [v.file, v.data.title, v.data.summary])).toEqual(
      first.versions.map((v) => [v.file, v.data.title, v.data.summary]),
    );
    // Nothing of the file is parsed again: a kept value's frontmatter is what the read gives.
    const folder = join(cache.dir, readdirSync(cache.dir)[0]!);
    for (const name of readdirSync(folder).filter((f) => !f.endsWith('-body.bin'))) {
      const kept = deserialize(readFileSync(join(folder, name))) as { frontmatter: { ok: boolean; value?: { title: string } } };
      if (kept.frontmatter.value) kept.frontmatter.value.title = '缓存中的标题';
      writeFileSync(join(folder, name), serialize(kept));
    }
    expect(readContent(dir, { cache, codeKey: 'k' }).versions.map((v) => v.data.title)).toEqual(['缓存中的标题', '缓存中的标题']);
  });

  it('keys each file by its code: another code key parses again', () => {
    const dir = content();
    const cache = countingCache();
    readContent(dir, { cache, codeKey: 'k' });
    expect(readContent(dir, { cache, codeKey: 'other' }).texts).toEqual({ parsed: 3, cached: 0, bodies: 0 });
  });

  it('fills the cache without reading back what it holds', () => {
    const dir = content();
    const cache = countingCache();
    readContent(writeContent({
      'brands/acme/brand.yaml': brand,
      'brands/acme/privacy/2023-01-01.mdx': version('隐私政策'),
    }), { cache, codeKey: 'k' });
    // Another folder's file of the same path and bytes: one of the three is kept already (its text
    // and, apart, its HTML and blocks).
    expect(readdirSync(join(cache.dir, readdirSync(cache.dir)[0]!))).toHaveLength(2);
    cache.reads = 0;
    const filled = readContent(dir, { cache, codeKey: 'k', fill: true });
    expect(filled.texts).toEqual({ parsed: 2, cached: 0, bodies: 0 });
    expect(cache.reads).toBe(0);
    expect(readContent(dir, { cache, codeKey: 'k' }).texts).toEqual({ parsed: 0, cached: 3, bodies: 0 });
  });

  it('reads a kept text’s HTML and blocks only when asked, and renders them again if they are gone', () => {
    const dir = content();
    const cache = countingCache();
    const first = readContent(dir, { cache, codeKey: 'k' });
    const again = readContent(dir, { cache, codeKey: 'k' });
    expect(again.texts.bodies).toBe(0);
    const [one, two] = again.versions;
    expect(one!.text.headings).toEqual(first.versions[0]!.text.headings);
    expect(again.texts.bodies).toBe(0);
    expect(one!.text.html).toBe(first.versions[0]!.text.html);
    expect(one!.text.blocks).toEqual(first.versions[0]!.text.blocks);
    expect(again.texts.bodies).toBe(1);
    // The kept text names its rendering as the first read did: pages and indexes keyed by it agree.
    expect(again.versions.map((v) => v.textKey)).toEqual(first.versions.map((v) => v.textKey));
    const folder = join(cache.dir, readdirSync(cache.dir)[0]!);
    for (const name of readdirSync(folder).filter((f) => f.endsWith('-body.bin'))) rmSync(join(folder, name));
    expect(two!.text.html).toBe(first.versions[1]!.text.html);
    expect(again.texts.bodies).toBe(2);
  });
});

describe('readContent in outline', () => {
  const group = () =>
    writeContent({
      'brands/acme/brand.yaml': brand,
      'brands/acme/privacy/2023-01-01.mdx': version('隐私政策'),
      'brands/acme/privacy/2024-01-01.mdx': `${version('隐私政策', 'summary: 更新\n')}\n<script>alert(1)</script>\n`,
      'brands/beta/brand.yaml': brand,
      'brands/beta/privacy/2024-01-01.mdx': version('隐私政策'),
    });

  it('reads each text when first asked for, as a whole read gives it, through the same cache', () => {
    const dir = group();
    const cache = countingCache();
    const whole = readContent(dir);
    const outline = readContent(dir, { cache, codeKey: 'code-1', outline: true });
    expect(outline.texts).toEqual({ parsed: 0, cached: 0, bodies: 0 });
    expect(outline.versions.map((v) => v.file)).toEqual([...whole.versions.map((v) => v.file), 'brands/acme/privacy/2024-01-01.mdx'].sort());
    const beta = outline.versions.find((v) => v.brand === 'beta')!;
    const wholeBeta = whole.versions.find((v) => v.brand === 'beta')!;
    expect(beta.data).toEqual(wholeBeta.data);
    expect(beta.length).toBe(wholeBeta.length);
    expect(outline.texts.parsed).toBe(0);
    expect(beta.text.headings).toEqual(wholeBeta.text.headings);
    expect(beta.text.html).toBe(wholeBeta.text.html);
    expect(beta.source).toBe(wholeBeta.source);
    expect(outline.texts).toEqual({ parsed: 1, cached: 0, bodies: 0 });
    // Read through the cache: a whole read with the same cache parses it no more.
    expect(readContent(dir, { cache, codeKey: 'code-1' }).texts).toEqual({ parsed: 2, cached: 1, bodies: 0 });
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds the problems of the brands' texts a build reads, and of no other", () => {
    const dir = group();
    const outline = readContent(dir, { outline: true });
    expect(outline.problems).toEqual([]);
    readTexts(outline, new Set(['beta']));
    expect(outline.problems).toEqual([]);
    readTexts(outline, new Set(['acme']));
    expect(outline.problems.map((p) => p.file)).toEqual(['brands/acme/privacy/2024-01-01.mdx']);
    expect(outline.problems[0]!.message).toMatch(/script/i);
    const broken = outline.versions.find((v) => v.file === 'brands/acme/privacy/2024-01-01.mdx')!;
    expect(() => broken.text.html).toThrow(/brands\/acme\/privacy\/2024-01-01\.mdx/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails a text whose file changed after the outline was read, rather than mix two contents', () => {
    const dir = group();
    const outline = readContent(dir, { outline: true });
    writeFileSync(join(dir, 'brands/beta/privacy/2024-01-01.mdx'), version('新的标题'));
    const beta = outline.versions.find((v) => v.brand === 'beta')!;
    expect(() => beta.text.headings).toThrow('brands/beta/privacy/2024-01-01.mdx changed while the site was being built');
    // A link put in a file's place is never followed, even to the same bytes.
    const again = readContent(dir, { outline: true });
    const outside = join(mkdtempSync(join(tmpdir(), 'privacy-center-outside-')), 'secret.mdx');
    writeFileSync(outside, readFileSync(join(dir, 'brands/beta/privacy/2024-01-01.mdx')));
    rmSync(join(dir, 'brands/beta/privacy/2024-01-01.mdx'));
    symlinkSync(outside, join(dir, 'brands/beta/privacy/2024-01-01.mdx'));
    expect(() => again.versions.find((v) => v.brand === 'beta')!.source).toThrow('changed while the site was being built');
    rmSync(dir, { recursive: true, force: true });
  });
});
