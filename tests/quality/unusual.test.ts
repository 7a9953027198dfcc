import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { writeContent } from '../support/content-dir.ts';
import { readPage } from '../support/html.ts';

const brand = 'name: 大号\nlegalName: 大号有限公司\ncolors:\n  primary: "#1d4ed8"\n';
const sentence = '我们会按照本政策收集、使用和保护您的个人信息，并在法律允许的范围内保存。';
const date = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000 * 3).toISOString().slice(0, 10);

/** Content that is valid but extreme: it must build, not merely fail politely. */
describe('valid but unusual content builds correctly', () => {
  it('a 5 MB policy, 200 versions of another, and one-character edits', async () => {
    const files: Record<string, string> = { 'brands/big/brand.yaml': brand };
    const paragraph = sentence.repeat(40);
    const sections = Array.from({ length: 1200 }, (_, i) => `## 第${i + 1}条\n\n${paragraph}\n`).join('\n');
    files['brands/big/huge/2020-01-01.mdx'] = `---\ntitle: 超长政策\n---\n\n${sections}`;
    for (let i = 0; i < 200; i++) {
      const text = `## 一、总则\n\n${sentence}第${i}版。\n\n## 二、存储\n\n我们保存${i % 2 === 0 ? '三' : '二'}年。\n`;
      files[`brands/big/many/${date(i)}.mdx`] =
        `---\ntitle: 频繁更新的政策\n${i > 0 ? `summary: 第 ${i} 次修订。\n` : ''}---\n\n${text}`;
    }
    expect(Buffer.byteLength(files['brands/big/huge/2020-01-01.mdx']!)).toBeGreaterThan(5_000_000);
    const out = join(mkdtempSync(join(tmpdir(), 'privacy-center-unusual-')), 'dist');
    const result = await buildSite({ content: writeContent(files), out });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(readPage(out, '/big/huge/')).toContain('第1200条');
    // Too much text in force for the header to load whole: it searches with Pagefind.
    const quick = /data-quick="([^"]*)"/.exec(readPage(out, '/big/huge/'))?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(quick ?? 'null')).toEqual({ brand: false });
    const history = readPage(out, '/big/many/history/');
    expect(history.match(/data-version=/g)).toHaveLength(200);
    const change = readPage(out, `/big/many/changes/${date(198)}...${date(199)}/`);
    expect(change).toMatch(/<del>(<span class="sr-only">[^<]*<\/span>)?1\d*/);
    expect(change).toMatch(/<ins>(<span class="sr-only">[^<]*<\/span>)?二/);
  }, 600_000);
});
