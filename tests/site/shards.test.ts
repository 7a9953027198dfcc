import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/lib/build/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, root } from '../support/build.ts';
import { writeGroupContent } from '../support/group-content.ts';
import { listFiles } from '../support/dist-files.ts';
import { runProgram, userEnv } from '../support/run.ts';

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `privacy-center-${name}-`));

/**
 * A group of three brands (tests/support/group-content.ts) in three colours, whose texts in force
 * together make one bundle of versions in force.
 */
function groupContent(): string {
  const dir = tempDir('shards-content');
  writeGroupContent(dir, { acme: '#1d4ed8', beta: '#0f766e', gamma: '#9333ea' });
  // gamma has one version more, so 1/2 and 2/2 differ in size.
  cpSync(join(dir, 'brands/gamma/cookies/2021-03-01.mdx'), join(dir, 'brands/gamma/cookies/2022-03-01.mdx'));
  writeFileSync(
    join(dir, 'brands/gamma/cookies/2022-03-01.mdx'),
    readFileSync(join(dir, 'brands/gamma/cookies/2022-03-01.mdx'), 'utf8').replace(
      /^title: (.*)$/m,
      'title: $1\nsummary: 第二版',
    ),
  );
  return dir;
}

function assemble(args: string[]) {
  // As users run it: the CLI, which starts scripts/assemble.ts.
  return runProgram(join(root, 'node_modules/.bin/node'), [resolve(root, 'src/cli/main.ts'), 'assemble', ...args], {
    cwd: root,
    env: { ...userEnv(), NO_COLOR: '1' },
  });
}

const files = (dir: string) => listFiles(dir);

describe('sharded builds and assemble', () => {
  const dir = tempDir('shards');
  let content: string;
  const logs = new Map<string, string>();
  beforeAll(async () => {
    content = groupContent();
    const build = (out: string, shard?: string) =>
      buildSite({ content, out: join(dir, out), now: '2024-01-01', env: shard ? { PRIVACY_CENTER_SHARD: shard } : {} });
    for (const [out, shard] of [
      ['whole', undefined],
      ['one', '1/2'],
      ['two', '2/2'],
    ] as const) {
      const r = await build(out, shard);
      if (r.status !== 0) throw new Error(`Building ${out} failed:\n${r.output}`);
      logs.set(out, r.output);
    }
  }, 300_000);

  it('splits the brands by versions, each shard holding its brands and the shared pages', () => {
    const manifest = (out: string) =>
      JSON.parse(readFileSync(join(dir, out, '.privacy-center-shard.json'), 'utf8')) as {
        brands: string[];
        all: string[];
      };
    // Versions: acme and beta 18, gamma 19, the bundle of their 21 versions in force (three brands
    // make one) a unit of its own, end to end 76, cut at 38: the middles of acme (9) and beta (27)
    // fall before, of gamma (45.5) and the bundle (65.5) after.
    expect(manifest('one').brands).toEqual(['acme', 'beta']);
    expect(manifest('two').brands).toEqual(['gamma', '_in-force-1']);
    expect(manifest('two').all).toEqual(['acme', 'beta', 'gamma', '_in-force-1']);
    expect(existsSync(join(dir, 'one/beta/privacy/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'one/gamma'))).toBe(false);
    expect(existsSync(join(dir, 'one/pagefind/gamma'))).toBe(false);
    expect(existsSync(join(dir, 'one/pagefind/beta/pagefind-entry.json'))).toBe(true);
    for (const out of ['one', 'two']) expect(existsSync(join(dir, out, 'index.html')), out).toBe(true);
    // A brand's folder of the Open Terms Archive export, named by its service, is its shard's alone.
    const exported = (out: string) => readdirSync(join(dir, out, 'open-terms-archive')).sort();
    expect(exported('whole')).toEqual(['README.md', '示例acme', '示例beta', '示例gamma']);
    expect(exported('one')).toEqual(['README.md', '示例acme', '示例beta']);
    expect(exported('two')).toEqual(['README.md', '示例gamma']);
    // A shard reads its own brands' texts alone, every version of the others in outline.
    const texts = (brands: string[]) =>
      brands.flatMap((b) => listFiles(join(content, 'brands', b)).filter((f) => f.endsWith('.mdx'))).length;
    const read = (out: string) => {
      const [, parsed, cached] = /\((\d+) texts parsed, (\d+) read from the cache\)/.exec(logs.get(out)!) ?? [];
      return Number(parsed) + Number(cached);
    };
    expect(read('whole')).toBe(texts(['acme', 'beta', 'gamma']));
    expect(read('one')).toBe(texts(['acme', 'beta']));
    expect(read('two')).toBe(texts(['gamma']));
    // A policy's sitemap is its brand's; the index lists every policy's.
    const sitemaps = (out: string) =>
      readdirSync(join(dir, out)).filter((f) => f.startsWith('sitemap.') && f !== 'sitemap.xml');
    expect(sitemaps('one').length).toBeGreaterThan(1);
    expect(sitemaps('one').every((f) => /^sitemap\.(acme|beta)\./.test(f))).toBe(true);
    expect(sitemaps('one').some((f) => f.startsWith('sitemap.acme.'))).toBe(true);
    expect(readFileSync(join(dir, 'one/sitemap.xml'))).toEqual(readFileSync(join(dir, 'whole/sitemap.xml')));
    // Search's suggestions count a shard's own brands' words; assemble adds up every shard's parts.
    const suggestions = (out: string) => readFileSync(join(dir, out, 'search/suggest.json'), 'utf8');
    expect(suggestions('one')).not.toEqual(suggestions('whole'));
    const parts = JSON.parse(readFileSync(join(dir, 'two/.privacy-center-search.json'), 'utf8')) as { parts: object };
    expect(Object.keys(parts.parts)).toEqual(['gamma']);
  });

  it('assembles the shards into the site one build makes, byte for byte', async () => {
    const out = join(dir, 'assembled');
    const r = await assemble([join(dir, 'one'), join(dir, 'two'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Assembled \d+ files of 3 brands from 2 shards into /);
    const whole = files(join(dir, 'whole'));
    expect(files(out)).toEqual(whole);
    const differing = whole.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(dir, 'whole', f))));
    expect(differing).toEqual([]);
  });

  it('writes one bundle of every brand’s versions in force, in one shard, whose records every brand bundle shares', () => {
    const entry = (out: string, bundle: string) =>
      JSON.parse(readFileSync(join(dir, out, 'pagefind', bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
    const pages = (out: string, bundle: string) =>
      Object.values(entry(out, bundle).languages).reduce((n, l) => n + l.page_count, 0);
    // Each brand's texts in force: the privacy policy in Chinese and English, the cookie policy, and
    // the sample's five policies, beiye's in English too.
    const inForce = 3 * (2 + 1 + 5 + 1);
    for (const out of ['whole', 'two']) expect(pages(out, '_in-force-1'), out).toBe(inForce);
    expect(existsSync(join(dir, 'one/pagefind/_in-force-1'))).toBe(false);
    const brandPages = ['acme', 'beta', 'gamma'].reduce((n, b) => n + pages('whole', b), 0);
    expect(readdirSync(join(dir, 'whole/pagefind/fragment'))).toHaveLength(brandPages);
    expect(existsSync(join(dir, 'whole/pagefind/_in-force-1', 'in-force.pf_records'))).toBe(false);
    for (const page of ['index.html', 'search/index.html', 'acme/index.html'])
      expect(readFileSync(join(dir, 'whole', page), 'utf8'), page).toContain(
        'data-in-force="[&quot;_in-force-1&quot;]"',
      );
  });

  it('searches every brand from the portal’s header through that one bundle, and the archive through each brand’s', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serve(join(dir, 'assembled'))]);
    try {
      const page = await browser.newPage();
      const loaded: string[] = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/pagefind/')) loaded.push(path.split('/')[2]!);
      });
      await page.goto(`${server.url}/`);
      await page.getByRole('searchbox', { name: '搜索政策' }).fill('个人信息');
      const results = page.locator('[data-search-panel] ol > li');
      await results.first().waitFor();
      const brands = await results.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['brand']));
      expect(new Set(brands).size).toBe(3);
      expect(new Set(loaded)).toEqual(new Set(['_in-force-1', 'fragment']));
      // The panel shows 6 results: it reads the texts of 6 candidates, which all hold the query, and
      // says there are more.
      expect(loaded.filter((b) => b === 'fragment')).toHaveLength(6);
      await expect(page.getByRole('status').textContent()).resolves.toBe('“个人信息”有 6 条以上结果');

      loaded.length = 0;
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('个人信息')}&archive=1`);
      await page.locator('[data-search-list] li').first().waitFor();
      expect(new Set(loaded)).toEqual(new Set(['acme', 'beta', 'gamma', 'fragment']));
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('refuses outputs that do not make the whole site, and writes nothing', async () => {
    const out = join(dir, 'refused');
    const half = await assemble([join(dir, 'one'), '--out', out]);
    expect(half.status).toBe(1);
    expect(half.stderr).toContain(
      "No output holds the brand gamma and the search bundle _in-force-1 of brands' versions in force: build the missing shards.",
    );
    const twice = await assemble([join(dir, 'one'), join(dir, 'one'), join(dir, 'two'), '--out', out]);
    expect(twice.stderr).toContain('The brand beta is in two outputs');
    const whole = await assemble([join(dir, 'whole'), '--out', out]);
    expect(whole.stderr).toContain('is not the output of a shard build');
    // A shard of another day.
    const late = await buildSite({
      content,
      out: join(dir, 'late'),
      now: '2024-01-02',
      env: { PRIVACY_CENTER_SHARD: '2/2' },
    });
    expect(late.status).toBe(0);
    const mixed = await assemble([join(dir, 'one'), join(dir, 'late'), '--out', out]);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('computes statuses for 2024-01-02');
    // A shard built by an earlier version of the project, whose manifest lacks a field.
    const older = join(dir, 'older');
    cpSync(join(dir, 'two'), older, { recursive: true });
    const manifest = join(older, '.privacy-center-shard.json');
    const { folders: _, ...withoutFolders } = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifest, JSON.stringify(withoutFolders));
    const old = await assemble([join(dir, 'one'), older, '--out', out]);
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('is not a manifest this version of the project reads; build the shard again');
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown brand or a wrong shard before building anything', async () => {
    const unknown = await buildSite({ content, out: join(dir, 'x'), env: { PRIVACY_CENTER_SHARD: 'acme,delta' } });
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('There is no brand "delta"; brands: acme, beta, gamma.');
    const wrong = await buildSite({ content, out: join(dir, 'x'), env: { PRIVACY_CENTER_SHARD: '3/2' } });
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('"3/2" names no shard');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
