// Measures search on a built site: node scripts/measure-search.ts [dist] [runs] [policy page]
// - the index on disk (dist/pagefind), raw and gzipped;
// - what a visitor's first query downloads on a policy page, from focusing the header box to results;
// - the time from typing to results in Chromium, median of several runs: cold (a fresh page, so the
//   search code and the records or Pagefind and its index load first) and warm (a further query on
//   the same page);
// - the search page opened with a query: from navigation to its first result.
// Run `npm run build` first. The local server does not compress, so gzip sizes are computed here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serve } from '../src/lib/build/static-server.ts';
import { TYPING_PAUSE_MS } from '../src/lib/search/state.ts';

const [distArg = 'dist', runsArg = '7', policyPage = '/beiye/privacy/'] = process.argv.slice(2);
const dist = resolve(distArg);
const runs = Number(runsArg);
const queries = ['个人信息', '未成年人', '身份证号码', '跨境', '注销账户', '监护人', 'Cookie', '银行账号', '匿名化'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
  );
}

const bundle = files(join(dist, 'pagefind'));
const raw = bundle.reduce((sum, f) => sum + statSync(f).size, 0);
const gzipped = bundle.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
console.log(
  `Index on disk (${dist}/pagefind): ${bundle.length} files, ${kb(raw)} (${kb(gzipped)} gzipped, file by file)`,
);

const server = await serve(dist);
const browser = await launchBrowser();

/** Types `query` into the header box and returns the milliseconds until the first result is in the page. */
async function typeToResults(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('form[data-search-box] input[name=q]')!;
    const list = document.querySelector('[data-search-box] [data-search-list]')!;
    const before = list.firstElementChild;
    const appeared = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (list.firstElementChild && list.firstElementChild !== before) {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(list, { childList: true });
    });
    const start = performance.now();
    input.focus();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await appeared) - start;
  }, query);
}

// Bytes of the first query, by kind of file: on a brand's policy page (that brand's results) and on the directory (all brands).
for (const path of [policyPage, '/']) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForLoadState('networkidle');
  const pending: Promise<{ path: string; body: Buffer } | undefined>[] = [];
  const record = (r: Response) =>
    pending.push(
      r.body().then(
        (body) => ({ path: new URL(r.url()).pathname, body }),
        () => undefined,
      ),
    );
  context.on('response', record);
  await typeToResults(page, '个人信息');
  await page.waitForLoadState('networkidle');
  context.off('response', record);
  const responses = (await Promise.all(pending)).filter((r) => r !== undefined);
  const groups = new Map<string, { n: number; raw: number; gz: number }>();
  for (const { path: file, body } of responses) {
    const folder = /^\/pagefind\/(?:[^/]+\/)?(index|fragment|filter)\//.exec(file)?.[1];
    const kind = file.startsWith('/_astro/')
      ? 'search code (_astro/*.js)'
      : file.endsWith('.pf_records')
        ? 'records in force (search/current/)'
        : folder
          ? `${folder} chunks`
          : file.endsWith('.pf_meta')
            ? 'language meta'
            : file.replace(/^\/pagefind\/[^/]+\//, '');
    const group = groups.get(kind) ?? { n: 0, raw: 0, gz: 0 };
    groups.set(kind, { n: group.n + 1, raw: group.raw + body.length, gz: group.gz + gzipSync(body).length });
  }
  const total = [...groups.values()].reduce((sum, g) => ({ raw: sum.raw + g.raw, gz: sum.gz + g.gz, n: sum.n + g.n }), {
    raw: 0,
    gz: 0,
    n: 0,
  });
  console.log(
    `First query (个人信息 in the header box of ${path}): ${total.n} responses, ${kb(total.raw)} (${kb(total.gz)} gzipped; budget 120 kB = 117.2 KiB)`,
  );
  for (const [kind, g] of [...groups].sort((a, b) => b[1].raw - a[1].raw))
    console.log(`  ${kind.padEnd(28)} ${String(g.n).padStart(2)} × ${kb(g.raw).padStart(10)}  (${kb(g.gz)} gzipped)`);
  await context.close();
}

// Typing to results.
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForLoadState('networkidle');
  cold.push(await typeToResults(page, queries[i % queries.length]!));
  warm.push(await typeToResults(page, queries[(i + 1) % queries.length]!));
  await context.close();
}
const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
const after = (values: number[]) => values.map((v) => v - TYPING_PAUSE_MS);
console.log(
  `Typing to results, header box on /, ${runs} runs, from the end of the ${TYPING_PAUSE_MS} ms typing pause:`,
);
console.log(
  `  cold (first query on a fresh page): median ${median(after(cold)).toFixed(0)} ms (budget 250)  [${list(after(cold))}]`,
);
console.log(
  `  warm (next query on the same page): median ${median(after(warm)).toFixed(0)} ms (budget 100)  [${list(after(warm))}]`,
);

// The search page opened with a query: from navigation to the first result, in force only (from the
// records of a small site) and with the archive (from Pagefind).
for (const [label, query] of [
  ['in force', 'q=个人信息'],
  ['with the archive', 'q=个人信息&archive=1'],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-search-list] li')) return;
        (window as { firstResult?: number }).firstResult = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?${query}`);
    await page.locator('[data-search-list] li').first().waitFor();
    times.push(await page.evaluate(() => (window as { firstResult?: number }).firstResult ?? NaN));
    await context.close();
  }
  console.log(
    `Search page ${label}, navigation to first result: median ${median(times).toFixed(0)} ms  [${list(times)}]`,
  );
}

await browser.close();
await server.close();
