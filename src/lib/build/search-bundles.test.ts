import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSize, startLanes, writeBundles, type BundleJob } from './search-bundles.ts';
import { IN_FORCE_FILE, placeRecordsInForce } from './current-records.ts';
import { decodeRecords } from '../search/fragment.ts';

describe('chunkSize', () => {
  it('cuts a small index finely and keeps a large one at Pagefind’s default', () => {
    expect(chunkSize(100_000)).toBe(4_000);
    expect(chunkSize(480_000)).toBe(10_000);
    expect(chunkSize(50_000_000)).toBe(20_000);
  });
});

describe('writeBundles', () => {
  const page = (url: string, text: string) => ({
    url,
    content: `<html lang="zh-CN"><body><div data-pagefind-body><p>${text}</p></div></body></html>`,
  });
  const jobs = [
    { bundle: 'a', records: true, pages: [page('/a/p/2024-01-01/', '我们收集您的姓名。')], characters: 9 },
    {
      bundle: 'b',
      records: true,
      pages: [page('/b/p/2024-01-01/', '我们保存您的订单。'), page('/b/p/2025-01-01/', '我们删除您的订单。')],
      characters: 18,
    },
    { bundle: 'c', records: true, pages: [page('/c/p/2024-01-01/', '我们使用 Cookie。')], characters: 12 },
  ] satisfies BundleJob[];
  const settings = (out: string) => ({ out, language: 'zh-cn', cacheDir: undefined, indexer: 'test' });
  const lanes = (ahead = 0, file = 'src/integrations/pagefind-worker.ts') => startLanes(resolve(file), ahead);

  it('writes each brand’s bundle, on threads that take the brands one at a time, and gathers the fragments', async () => {
    const out = mkdtempSync(join(tmpdir(), 'privacy-center-bundles-'));
    const writing = writeBundles(jobs, settings(out), lanes(1));
    writing.widen();
    const results = await writing.results;
    expect(results).toEqual([
      { bundle: 'a', pages: 1, cached: false },
      { bundle: 'b', pages: 2, cached: false },
      { bundle: 'c', pages: 1, cached: false },
    ]);
    for (const brand of ['a', 'b', 'c']) {
      expect(existsSync(join(out, brand, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(out, brand, 'fragment'))).toBe(false);
    }
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(4);
  }, 60_000);

  it('writes the same bundles on this thread when there is no worker', async () => {
    const [threads, here] = [
      mkdtempSync(join(tmpdir(), 'privacy-center-bundles-')),
      mkdtempSync(join(tmpdir(), 'privacy-center-bundles-')),
    ];
    await writeBundles(jobs, settings(threads), lanes()).results;
    await writeBundles(jobs, settings(here), undefined).results;
    expect(readdirSync(join(here, 'fragment')).sort()).toEqual(readdirSync(join(threads, 'fragment')).sort());
  }, 60_000);

  it('writes a bundle of pages other bundles hold without records in force and without new fragments', async () => {
    const out = mkdtempSync(join(tmpdir(), 'privacy-center-bundles-'));
    const inForce: BundleJob = {
      bundle: '_in-force-1',
      records: false,
      pages: [jobs[0]!.pages[0]!, jobs[1]!.pages[1]!],
      characters: 18,
    };
    const results = await writeBundles([...jobs, inForce], settings(out), undefined).results;
    expect(results.map((r) => [r.bundle, r.pages])).toContainEqual(['_in-force-1', 2]);
    expect(existsSync(join(out, '_in-force-1', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(out, '_in-force-1', IN_FORCE_FILE))).toBe(false);
    expect(existsSync(join(out, 'a', IN_FORCE_FILE))).toBe(true);
    // A page's record is the same file whichever bundle indexed it.
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(4);
  }, 60_000);

  it('fails, rather than leave a brand out, when an indexing thread cannot run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'privacy-center-bundles-'));
    const writing = writeBundles(jobs, settings(out), lanes(0, 'src/integrations/no-such-worker.ts'));
    writing.widen();
    await expect(writing.results).rejects.toThrow(/no-such-worker|Cannot find/);
  }, 60_000);

  it('fails as well when a thread started ahead stopped before it was handed its work', async () => {
    const out = mkdtempSync(join(tmpdir(), 'privacy-center-bundles-'));
    const ahead = lanes(1, 'src/integrations/no-such-worker.ts');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(writeBundles(jobs, settings(out), ahead).results).rejects.toThrow(/no-such-worker|Cannot find/);
  }, 60_000);

  it('writes each bundle’s records in force beside it, keeps them with it, and places them for search', async () => {
    const current = (url: string, text: string, status: string) => ({
      url,
      content: `<html lang="zh-CN"><body><div data-pagefind-body data-pagefind-meta="status:${status}"><p>${text}</p></div></body></html>`,
    });
    const brandJobs: BundleJob[] = [
      {
        bundle: 'b',
        records: true,
        pages: [
          current('/b/p/2024-01-01/', '我们保存您的订单。', 'archived'),
          current('/b/p/2025-01-01/', '我们删除您的订单。', 'current'),
        ],
        characters: 18,
      },
    ];
    const cacheDir = mkdtempSync(join(tmpdir(), 'privacy-center-bundles-cache-'));
    const site = mkdtempSync(join(tmpdir(), 'privacy-center-site-'));
    const again = mkdtempSync(join(tmpdir(), 'privacy-center-site-'));
    for (const [root, cached] of [
      [site, false],
      [again, true],
    ] as const) {
      const out = join(root, 'pagefind');
      const results = await writeBundles(brandJobs, { ...settings(out), cacheDir }, undefined).results;
      expect(results[0]?.cached).toBe(cached);
      expect(existsSync(join(out, 'b', IN_FORCE_FILE))).toBe(true);
      placeRecordsInForce(root, ['b', 'no-versions']);
      expect(existsSync(join(out, 'b', IN_FORCE_FILE))).toBe(false);
      const read = (brand: string) =>
        decodeRecords(new Uint8Array(readFileSync(join(root, 'search/current', `${brand}.pf_records`))));
      expect((await read('b')).map((r) => [r.url, r.content])).toEqual([['/b/p/2025-01-01/', '我们删除您的订单。']]);
      expect(await read('no-versions')).toEqual([]);
    }
    // The bundle from the cache shares the cache's files, and placing it left the cache's copy whole.
    const [kept = ''] = readdirSync(cacheDir);
    expect(existsSync(join(cacheDir, kept, IN_FORCE_FILE))).toBe(true);
    const entry = (root: string) => statSync(join(root, 'pagefind-entry.json')).ino;
    expect(entry(join(again, 'pagefind/b'))).toBe(entry(join(cacheDir, kept)));
  }, 60_000);

  it('keys a bundle by its documents’ names when it has them, and makes the documents only to index it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'privacy-center-bundles-cache-'));
    const made: string[] = [];
    const job = (name: string, text: string): BundleJob => ({
      bundle: 'a',
      records: false,
      pages: () => {
        made.push(text);
        return [page('/a/p/2024-01-01/', text)];
      },
      names: [{ url: '/a/p/2024-01-01/', content: name }],
      characters: 9,
    });
    const write = async (j: BundleJob) =>
      (
        await writeBundles(
          [j],
          { ...settings(mkdtempSync(join(tmpdir(), 'privacy-center-bundles-'))), cacheDir },
          undefined,
        ).results
      )[0];
    expect(await write(job('text-1', '我们收集您的姓名。'))).toEqual({ bundle: 'a', pages: 1, cached: false });
    // The same names: the bundle comes from the cache, and its document is never made.
    expect(await write(job('text-1', '我们收集您的姓名。'))).toEqual({ bundle: 'a', pages: 1, cached: true });
    expect(await write(job('text-2', '我们收集您的电话。'))).toEqual({ bundle: 'a', pages: 1, cached: false });
    expect(made).toEqual(['我们收集您的姓名。', '我们收集您的电话。']);
  }, 60_000);
});
