import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { textIn } from '../model/catalog.ts';
import { launchChromium } from './chromium.ts';
import { serve } from './static-server.ts';
import type { BuiltSite } from './store.ts';
import { pageFile } from '../routes/pages.ts';
import { builtHere } from './shard.ts';

/** One page to print: its URL path and where its PDF goes, both below the site's root. */
export interface PdfJob {
  page: string;
  file: string;
}

/**
 * Every version (at its permanent URL, in each language it is written in) and every redline, as
 * the pages link them (src/lib/page-data/version.ts, changes.ts).
 */
export function pdfJobs(site: BuiltSite): PdfJob[] {
  const { urls } = site.ctx;
  const jobs: PdfJob[] = [];
  for (const page of site.pages) {
    if (!builtHere(site, page.path)) continue;
    if (page.kind === 'version' && !page.isCurrentPage && textIn(page.version, page.locale).locale === page.locale) {
      jobs.push({ page: page.path, file: urls.versionPdf(page.brand, page.policy.id, page.version.date, page.locale) });
    }
    if (page.kind === 'changes') {
      const { from, to } = page.pair;
      jobs.push({
        page: page.path,
        file: urls.changesPdf(page.brand, page.policy.id, from.date, to.date, page.locale),
      });
    }
  }
  return jobs;
}

/** What changes a PDF besides its page: the renderer and these options. */
const PRINT = { format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true } as const;

/**
 * Prints the pages with Chromium into `site` (the built folder). A PDF depends only on its page's
 * HTML (which names its stylesheet by content hash) and the browser, so it is kept in `cacheDir`
 * under that key and a rebuild prints only pages that changed. Two pages print at once.
 */
export async function printPdfs(
  siteDir: string,
  jobs: readonly PdfJob[],
  cacheDir: string | undefined,
  browser?: Browser,
): Promise<{ printed: number; cached: number }> {
  const own = browser === undefined;
  const chromium = browser ?? (await launchChromium());
  const server = await serve(siteDir);
  const version = chromium.version();
  const count = { printed: 0, cached: 0 };
  const queue = [...jobs];
  const worker = async () => {
    const context = await chromium.newContext({ colorScheme: 'light' });
    const tab = await context.newPage();
    await tab.emulateMedia({ media: 'print' });
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      const html = readFileSync(join(siteDir, pageFile(job.page)));
      const key = createHash('sha256').update(version).update(JSON.stringify(PRINT)).update(html).digest('hex');
      const cached = cacheDir === undefined ? undefined : join(cacheDir, `${key}.pdf`);
      const target = join(siteDir, job.file);
      mkdirSync(dirname(target), { recursive: true });
      if (cached !== undefined && existsSync(cached)) {
        copyFileSync(cached, target);
        count.cached++;
        continue;
      }
      const response = await tab.goto(server.url + job.page, { waitUntil: 'load' });
      if (!response?.ok())
        throw new Error(`${job.page} answered ${response?.status() ?? 'nothing'} instead of the page.`);
      const pdf = await tab.pdf(PRINT);
      writeFileSync(target, pdf);
      if (cached !== undefined) {
        mkdirSync(cacheDir!, { recursive: true });
        const temp = `${cached}.${process.pid}.tmp`;
        writeFileSync(temp, pdf);
        renameSync(temp, cached);
      }
      count.printed++;
    }
    await context.close();
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await server.close();
    if (own) await chromium.close();
  }
  return count;
}
