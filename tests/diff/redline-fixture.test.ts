import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, root, type BuildResult } from '../support/build.ts';
import { pdfPageTexts } from '../support/pdf-pages.ts';
import { launchBrowser } from '../support/browser.ts';
import { serve } from '../../src/lib/build/static-server.ts';

/**
 * A policy whose second version moves a whole section and edits it on the way, and deletes one
 * comma (tests/fixtures/sites/redlines), built with its PDFs.
 */
const content = resolve(root, 'tests/fixtures/sites/redlines');
const work = mkdtempSync(join(tmpdir(), 'privacy-center-redlines-'));
const cache = join(work, 'cache');
const redline = '/demo/privacy/changes/2020-01-01...2021-01-01/';
const pdfs = [
  '/demo/privacy/2020-01-01/demo-privacy-2020-01-01.pdf',
  '/demo/privacy/2021-01-01/demo-privacy-2021-01-01.pdf',
  '/demo/privacy/changes/2020-01-01...2021-01-01/demo-privacy-2020-01-01-2021-01-01.pdf',
];

let first: BuildResult;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  first = await buildSite({ content, out: join(work, 'site'), now: '2024-01-01', cache, pdf: true });
  if (first.status !== 0) throw new Error(first.output);
  [browser, server] = await Promise.all([launchBrowser(), serve(first.out)]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const open = async (path: string, javaScriptEnabled = true): Promise<Page> => {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
};

describe('a section that moved and was edited', () => {
  it('is one move whose two ends link each other, naming where the section went and came from', async () => {
    const page = await open(redline);
    const from = page.locator('.rl-inline #move-1-from');
    const to = page.locator('.rl-inline #move-1-to');
    await expect(page.locator('.rl-inline [id^="move-"]').count()).resolves.toBe(2);
    const away = from.getByRole('link', { name: /^移出/ });
    const here = to.getByRole('link', { name: /^移入/ });
    await expect(away.innerText()).resolves.toBe('移出：现在「四、共享」之后');
    await expect(to.locator('.rl-label').innerText()).resolves.toMatch(
      /^移入：原在「一、我们收集的信息」之后，移动时有修改/,
    );
    // The whole section travels as one block: its heading and its three paragraphs.
    await expect(to.locator('.rl-heading').innerText()).resolves.toBe('二、信息存储');
    await expect(to.locator('.rl-para').count()).resolves.toBe(3);
    await away.click();
    expect(new URL(page.url()).hash).toBe('#move-1-to');
    await here.click();
    expect(new URL(page.url()).hash).toBe('#move-1-from');
    await page.context().close();
  });

  it('shows its edit inline at the new place, and counts the move once', async () => {
    const page = await open(redline);
    const edit = page.locator('.rl-inline #move-1-to .rl-para', { hasText: '保存期限为' });
    expect((await edit.locator('del').allTextContents()).join('')).toContain('三年');
    expect((await edit.locator('ins').allTextContents()).join('')).toContain('两年');
    await expect(page.locator('.rl-stats').innerText()).resolves.toBe(
      [
        '共 2 处变更 · 插入 2 字，删除 3 字',
        '章节：修改 1 个，新增 0 个，删除 0 个，移动 1 个',
        '其中 1 处为移动',
      ].join('\n'),
    );
    // Nothing of the section is shown as removed or added text.
    await expect(page.locator('.rl-inline :is(.rl-removed, .rl-added)').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('a deleted comma', () => {
  it('is boxed, labelled as punctuation only, and hidden by the switch without JavaScript', async () => {
    const page = await open(redline, false);
    const block = page.locator('.rl-inline #change-1');
    await expect(block.locator('.rl-label').innerText()).resolves.toContain('修改段落 仅标点');
    const mark = block.locator('del.rl-mark');
    await expect(mark.textContent()).resolves.toContain('，');
    const box = await mark.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(box).toBe('solid');
    await page.getByLabel('隐藏仅涉及标点或空格的变更').check();
    await expect(block.isVisible()).resolves.toBe(false);
    await expect(page.locator('.rl-inline #move-1-to').isVisible()).resolves.toBe(true);
    await page.getByLabel('隐藏仅涉及标点或空格的变更').uncheck();
    await expect(block.isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('PDFs', () => {
  it('prints every version and the redline, tagged, and links them from the pages and versions.json', () => {
    for (const file of pdfs) {
      const pdf = readFileSync(join(first.out, file));
      expect(pdf.subarray(0, 5).toString(), file).toBe('%PDF-');
      // Tagged PDF: a structure tree (for screen readers and reflow) and a document outline.
      expect(pdf.includes('/StructTreeRoot'), file).toBe(true);
      expect(pdf.includes('/Outlines'), file).toBe(true);
    }
    expect(readFileSync(join(first.out, 'demo/privacy/2020-01-01/index.html'), 'utf8')).toContain(`href="${pdfs[0]}"`);
    expect(readFileSync(join(first.out, 'demo/privacy/changes/2020-01-01...2021-01-01/index.html'), 'utf8')).toContain(
      `href="${pdfs[2]}"`,
    );
    const record = JSON.parse(readFileSync(join(first.out, 'demo/privacy/versions.json'), 'utf8')) as {
      versions: { date: string; pdf: string | null }[];
    };
    expect(record.versions.map((v) => v.pdf)).toEqual([
      `https://privacy.example.com${pdfs[0]}`,
      `https://privacy.example.com${pdfs[1]}`,
    ]);
  });

  it('prints the text with the print header, in embedded CJK fonts', () => {
    const pages = pdfPageTexts(join(first.out, pdfs[1]!));
    expect(pages[0]).toContain('示例商城示例商城有限公司');
    expect(pages[0]).toContain('永久链接');
    expect(pages.join('')).toContain('保存期限为两年');
    const fonts = readFileSync(join(first.out, pdfs[1]!)).toString('latin1');
    expect(fonts).toMatch(/\/FontFile[23]?/);
    expect(fonts).toMatch(/\/FontName\s*\/[A-Z]{6}\+Noto(Sans|Serif)CJK/);
  });

  it('prints only what changed on a rebuild: the rest comes from the cache', async () => {
    expect(first.output).toMatch(/Printed 3 PDFs \(0 from the cache\)/);
    const again = await buildSite({ content, out: join(work, 'again'), now: '2024-01-01', cache, pdf: true });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/Printed 0 PDFs \(3 from the cache\)/);
    for (const file of pdfs) {
      expect(readFileSync(join(again.out, file)).equals(readFileSync(join(first.out, file))), file).toBe(true);
    }
  }, 300_000);

  it('builds without PDFs, with a warning that says how to enable them, on a machine without a browser', async () => {
    const out = join(work, 'no-browser');
    const result = await buildSite({
      content,
      out,
      now: '2024-01-01',
      pdf: true,
      env: { CHROMIUM_PATH: join(work, 'none') },
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/install Chromium \(apt-get install chromium fonts-noto-cjk\) or set CHROMIUM_PATH/);
    expect(result.output).toContain('PRIVACY_CENTER_PDF=0');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.pdf')) found.push(entry.name);
      }
    };
    walk(out);
    expect(found).toEqual([]);
    expect(readFileSync(join(out, 'demo/privacy/2020-01-01/index.html'), 'utf8')).not.toContain('.pdf"');
    expect(existsSync(join(out, 'demo/privacy/versions.json'))).toBe(true);
    expect(readFileSync(join(out, 'demo/privacy/versions.json'), 'utf8')).toContain('"pdf": null');
  }, 300_000);
});
