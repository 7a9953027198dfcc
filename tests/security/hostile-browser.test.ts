import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/policy/markdown.ts';
import { renderLabels } from '../../src/lib/i18n/index.ts';
import { renderPolicy } from '../../src/lib/policy/render.ts';
import { refusedCases } from '../fixtures/hostile/cases.ts';
import { launchBrowser } from '../support/browser.ts';
import { listFiles } from '../support/dist-files.ts';
import { serve } from '../../src/lib/build/static-server.ts';

/**
 * The HTML must be safe on a host that sends no security headers: these pages are served with no
 * Content-Security-Policy at all, and the browser watches for anything the input could make it do.
 */
const hostile = inject('sites').hostile;

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let sanitised: Awaited<ReturnType<typeof serve>>;
let sanitisedCases: string[] = [];

beforeAll(async () => {
  // Second line of defence: each refused text rendered as if the check had let it through.
  const dir = mkdtempSync(join(tmpdir(), 'pc-sanitised-'));
  sanitisedCases = [];
  refusedCases.forEach((c, n) => {
    const source = Object.values(c.files).find((f): f is string => typeof f === 'string' && f.startsWith('---'));
    if (source === undefined) return;
    let html: string;
    try {
      html = renderPolicy(parseMarkdown(source.slice(source.indexOf('\n---\n', 3) + 5)), renderLabels('en')).html;
    } catch {
      // Not valid MDX, or past the size limits that stop the build before it parses: never rendered.
      return;
    }
    mkdirSync(join(dir, String(n)));
    writeFileSync(
      join(dir, String(n), 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>case ${n}</title></head><body><main data-policy-text>${html}</main></body></html>`,
    );
    sanitisedCases.push(`/${n}/`);
  });
  // Unsanitised controls: proof that the watch below sees a script run, a request leave and a navigation.
  const controls = {
    script: '<img src="x" onerror="alert(1)">',
    request: '<img src="https://tracker.example/p.gif">',
    navigation: '<meta http-equiv="refresh" content="1;url=https://evil.example/">',
  };
  for (const [name, markup] of Object.entries(controls)) {
    mkdirSync(join(dir, 'control', name), { recursive: true });
    writeFileSync(
      join(dir, 'control', name, 'index.html'),
      `<!doctype html><html><head><title>c</title>${markup}</head><body></body></html>`,
    );
  }
  writeFileSync(join(dir, '404.html'), 'missing');
  [browser, site, sanitised] = await Promise.all([launchBrowser(), serve(hostile), serve(dir)]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await sanitised?.close();
});

interface Watch {
  context: BrowserContext;
  /** Everything the pages tried that they must not: dialogs, requests to other hosts, navigations, PWNED. */
  incidents: string[];
}

async function watch(origin: string): Promise<Watch> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const incidents: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    incidents.push(`request to ${url}`);
    return route.abort();
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      incidents.push(`dialog "${dialog.message()}" on ${page.url()}`);
      void dialog.dismiss();
    });
    page.on('console', (m) => {
      if (/PWNED|rce/.test(m.text())) incidents.push(`console "${m.text()}" on ${page.url()}`);
    });
  });
  return { context, incidents };
}

/** Opens each path, lets it settle, and records a page that went elsewhere or grew active elements. */
async function visit(w: Watch, origin: string, paths: readonly string[], settle: number): Promise<void> {
  const queue = [...paths];
  const tab = async () => {
    const page = await w.context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForTimeout(settle);
      try {
        const now = new URL(page.url());
        if (now.pathname + now.search !== path) w.incidents.push(`${path} navigated to ${page.url()}`);
        if ((await page.title()) === 'PWNED') w.incidents.push(`${path} set its title to PWNED`);
        const injected = await page.evaluate(
          () =>
            document.querySelectorAll(
              '[data-policy-text] :is(script, iframe, object, embed, img, style, form, meta, base, link, svg, video, audio)',
            ).length,
        );
        if (injected > 0) w.incidents.push(`${path} has ${injected} active elements in its policy text`);
      } catch (error) {
        // A page that starts to leave while it is read destroys the context the read ran in.
        if (!/context was destroyed|navigat/i.test(String(error))) throw error;
        w.incidents.push(`${path} navigated while it was read`);
      }
    }
    await page.close();
  };
  await Promise.all([tab(), tab(), tab(), tab()]);
}

describe('hostile input in Chromium, without any CSP', () => {
  it('every page of the neutralised site runs nothing, loads nothing from elsewhere and stays put', async () => {
    const w = await watch(site.url);
    const pages = listFiles(hostile)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(100);
    // The site's own pages hold no meta refresh: a short settle catches handlers that fire on load.
    await visit(w, site.url, pages, 300);
    await w.context.close();
    expect(w.incidents).toEqual([]);
  }, 300_000);

  it('search results and the compare page show hostile titles and texts as text', async () => {
    const w = await watch(site.url);
    const page = await w.context.newPage();
    for (const query of ['alert', 'script']) {
      await page.goto(`${site.url}/en/search/?q=${query}`);
      await page.waitForSelector('[data-search-list] li', { timeout: 15_000 });
      await page.waitForTimeout(300);
      expect(await page.locator('[data-search-list]').textContent()).toMatch(/alert|script/);
    }
    await page.goto(`${site.url}/h004/privacy/compare/?from=2020-01-01&to=2021-01-01`);
    await page.waitForTimeout(1500);
    await w.context.close();
    expect(w.incidents).toEqual([]);
  }, 120_000);

  it('notices a script that runs, a request that leaves and a page that navigates away', async () => {
    const w = await watch(sanitised.url);
    await visit(w, sanitised.url, ['/control/script/', '/control/request/', '/control/navigation/'], 1200);
    await w.context.close();
    expect(w.incidents.some((i) => i.startsWith('dialog "1"'))).toBe(true);
    expect(w.incidents).toContain('request to https://tracker.example/p.gif');
    expect(
      w.incidents.some(
        (i) => i.startsWith('/control/navigation/ navigated') || i.includes('request to https://evil.example/'),
      ),
    ).toBe(true);
  });

  it('every refused text, rendered as if the check had missed it, is made inert by the sanitiser', async () => {
    expect(sanitisedCases.length).toBeGreaterThan(60);
    const w = await watch(sanitised.url);
    // Long enough for a one-second meta refresh to fire, had one survived.
    await visit(w, sanitised.url, sanitisedCases, 1200);
    await w.context.close();
    expect(w.incidents).toEqual([]);
  }, 300_000);
});
