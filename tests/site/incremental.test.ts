import { cpSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_MARKER } from '../../src/lib/build/output-folder.ts';
import { buildSite, root } from '../support/build.ts';

/** Every file of a built site, by path, as bytes; not the marker, which records how the folder was built. */
function files(dir: string): Map<string, Buffer> {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name !== SITE_MARKER,
  );
  return new Map(all.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

/**
 * A rebuild links from the published site what did not change (pages keyed by their data, files by
 * their texts: src/lib/build/kept-files.ts; Pagefind's bundles, by each brand's pages, from the
 * cache): it must make exactly the site a build without any cache makes of the same content, and never
 * write into a file of the site it replaces.
 */
describe('a rebuild after edits', () => {
  const work = mkdtempSync(join(tmpdir(), 'privacy-center-incremental-'));
  const content = join(work, 'content');
  const site = join(work, 'dist');
  const outputs: string[] = [];
  let markerBefore = 0;
  let markerAfter = 0;
  /** Hard links to two published pages, taken before the edits: what a visitor is served until the swap. */
  const witnesses = { edited: join(work, 'edited.html'), kept: join(work, 'kept.html') };
  let before = { edited: '', kept: '' };
  /** What the rebuilt site and a site built without a cache hold, after each round of edits. */
  const rounds: { rebuilt: Map<string, Buffer>; clean: Map<string, Buffer> }[] = [];
  let nextDay = { rebuilt: new Map<string, Buffer>(), clean: new Map<string, Buffer>() };
  beforeAll(async () => {
    cpSync(resolve(root, 'tests/fixtures/sites/basic'), content, { recursive: true });
    const build = async (out: string, cache: string, now = '2024-01-01') => {
      const result = await buildSite({ content, out, now, cache: join(work, cache) });
      if (result.status !== 0) throw new Error(result.output);
      outputs.push(result.output);
    };
    const round = async (n: number) => {
      await build(site, 'cache');
      await build(join(work, `clean-${n}`), `clean-cache-${n}`);
      rounds.push({ rebuilt: files(site), clean: files(join(work, `clean-${n}`)) });
    };
    await build(site, 'cache');
    markerBefore = statSync(join(site, SITE_MARKER)).mtimeMs;
    await build(site, 'cache');
    markerAfter = statSync(join(site, SITE_MARKER)).mtimeMs;
    // A file gone from the output: the site is no longer the one built, so the next build builds.
    rmSync(join(site, 'acme/privacy/2020-01-01/blocks.json'));
    await build(site, 'cache');
    linkSync(join(site, 'acme/privacy/2023-06-01/index.html'), witnesses.edited);
    linkSync(join(site, 'acme/privacy/2020-01-01/index.html'), witnesses.kept);
    before = { edited: readFileSync(witnesses.edited, 'utf8'), kept: readFileSync(witnesses.kept, 'utf8') };
    const text = join(content, 'brands/acme/privacy/2023-06-01.mdx');
    writeFileSync(text, readFileSync(text, 'utf8').replace('姓名和电话号码', '姓名、电话号码和住址'));
    writeFileSync(
      join(content, 'brands/acme/cookies/2023-09-01.mdx'),
      '---\ntitle: 示例 Cookie 政策\nsummary: 不再使用第三方 Cookie。\npublished: 2023-08-15\n---\n\n## Cookie\n\n我们只使用必要的 Cookie。\n',
    );
    await round(1);
    const brand = join(content, 'brands/acme/brand.yaml');
    writeFileSync(brand, readFileSync(brand, 'utf8').replace('#1d4ed8', '#047857'));
    await round(2);
    // The next day, nothing edited: the daily rebuild that keeps statuses true.
    await build(site, 'cache', '2024-01-02');
    await build(join(work, 'clean-next-day'), 'clean-cache-next-day', '2024-01-02');
    nextDay = { rebuilt: files(site), clean: files(join(work, 'clean-next-day')) };
  }, 300_000);

  const kept = (output: string) =>
    Number(/(\d+) pages and files unchanged since the published build/.exec(output)?.[1] ?? 0);
  const readWhole = (output: string) =>
    Number(/(\d+) of the \d+ texts read from the cache were read whole/.exec(output)?.[1]);
  const rendered = (output: string) => [...output.matchAll(/[├└]─ (\S+) \(\+\d/g)].map((m) => m[1]);

  it('leaves a site that is up to date as it is, and says so', () => {
    expect(outputs[1]).toMatch(
      /The site in .* is up to date: its content, code and settings are those it was built from, for 2024-01-01/,
    );
    expect(outputs[1]).not.toMatch(/generating static routes/);
    expect(markerAfter).toBe(markerBefore);
  });

  it('links every page and file from the published site when nothing changed, and renders again what an edit changed', () => {
    const [, , same = '', edited = ''] = outputs;
    // The 404 page has no data to key (src/pages/404.astro): Astro renders it every time.
    expect(rendered(same)).toEqual(['/404.html']);
    expect(kept(same)).toBeGreaterThan(20);
    // A kept text's HTML and blocks are read only for what is made again: the one blocks.json removed.
    expect(readWhole(same)).toBe(1);
    expect(rendered(edited)).toEqual(
      expect.arrayContaining(['/acme/privacy/2023-06-01/index.html', '/acme/cookies/index.html']),
    );
    // An older version's page shows nothing of the edited text.
    expect(rendered(edited)).not.toContain('/acme/privacy/2020-01-01/index.html');
    expect(kept(edited)).toBeGreaterThan(0);
  });

  it('never writes into a file of the published site: an edited page is a new file, a kept one the same', () => {
    expect(readFileSync(witnesses.edited, 'utf8')).toBe(before.edited);
    expect(before.edited).not.toContain('住址');
    expect(statSync(witnesses.edited).ino).not.toBe(statSync(join(site, 'acme/privacy/2023-06-01/index.html')).ino);
    expect(readFileSync(witnesses.kept, 'utf8')).toBe(before.kept);
  });

  it('makes the same site, file for file, as a build without a cache', () => {
    expect(rounds).toHaveLength(2);
    for (const { rebuilt, clean } of rounds) {
      expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
      const differing = [...clean].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes)).map(([path]) => path);
      expect(differing).toEqual([]);
    }
  });

  it('keeps, the next day, every page whose content and statuses did not change, with the day it was made', () => {
    const output = outputs.at(-2) ?? '';
    expect(kept(output)).toBeGreaterThan(20);
    // The version before the upcoming one counts the days to it, so it is made again.
    expect(rendered(output)).toEqual(expect.arrayContaining(['/acme/privacy/2023-06-01/index.html']));
    expect(rendered(output)).not.toContain('/acme/privacy/2020-01-01/index.html');
    // Against a build of that day without a cache, a kept page differs only in the day it says it was made.
    const builtOn = /<p class="ml-auto" data-built-on="(\d{4}-\d{2}-\d{2})">[^<]*<\/p>/;
    const { rebuilt, clean } = nextDay;
    expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toContain('acme/privacy/2020-01-01/index.html');
    for (const path of differing) {
      const [was, now] = [rebuilt.get(path)?.toString() ?? '', clean.get(path)?.toString() ?? ''];
      expect(was.match(builtOn)?.[1], path).toBe('2024-01-01');
      expect(now.match(builtOn)?.[1], path).toBe('2024-01-02');
      expect(was.replace(builtOn, ''), path).toBe(now.replace(builtOn, ''));
    }
  });

  it('shows each edit: the new text, the new version, the new colour', () => {
    const [first, second] = rounds;
    expect(first?.rebuilt.get('acme/privacy/2023-06-01/index.html')?.toString()).toContain('住址');
    expect(first?.rebuilt.get('acme/cookies/index.html')?.toString()).toContain('只使用必要的');
    const css = (site: Map<string, Buffer> | undefined) =>
      [...(site ?? [])]
        .filter(([path]) => path.endsWith('.css'))
        .map(([, b]) => b.toString())
        .join('');
    expect(css(first?.rebuilt)).not.toContain('#047857');
    expect(css(second?.rebuilt)).toContain('#047857');
  });
});
