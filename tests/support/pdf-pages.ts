import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Text reduced to its Chinese characters. pdftotext reorders what sits between glyph runs of
 * different fonts (a list's "2、" after its bullet, Latin brackets around CJK), so a printed text
 * is found again by its Han characters alone, which it keeps in reading order.
 */
export const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]+/gu, '');

/** The Chinese characters of each page of a PDF, as pdftotext (poppler) reads them. */
export function pdfPageTexts(pdf: Buffer | string): string[] {
  let file = typeof pdf === 'string' ? pdf : undefined;
  const dir = file === undefined ? mkdtempSync(join(tmpdir(), 'privacy-center-pdf-')) : undefined;
  try {
    if (dir !== undefined) {
      file = join(dir, 'file.pdf');
      writeFileSync(file, pdf);
    }
    // pdftotext ends every page with a form feed.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file!, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1).map(hanOnly);
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The Chinese characters every change block of the redline open in `page` prints (without what
 * print hides or only screen readers hear), in reading order.
 */
export async function printedBlockTexts(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return page
    .locator('.rl-inline .rl-block')
    .evaluateAll((blocks) =>
      blocks.map((block) => {
        const copy = block.cloneNode(true) as HTMLElement;
        for (const hidden of copy.querySelectorAll('.sr-only, .no-print')) hidden.remove();
        return copy.textContent ?? '';
      }),
    )
    .then((texts) => texts.map(hanOnly));
}

/**
 * Where each block's text lies in the PDF: the pages its first and last characters are on, found
 * in reading order. A block whose text cannot be found is reported with pages [-1, -1].
 */
export function blockPages(
  pages: readonly string[],
  blocks: readonly string[],
): { text: string; pages: [number, number] }[] {
  const all = pages.join('');
  const pageOf = (offset: number) => {
    let end = 0;
    for (let p = 0; p < pages.length; p++) {
      end += pages[p]!.length;
      if (offset < end) return p;
    }
    return -1;
  };
  let from = 0;
  return blocks.map((text) => {
    const at = all.indexOf(text, from);
    if (at < 0) return { text, pages: [-1, -1] };
    from = at + text.length;
    return { text, pages: [pageOf(at), pageOf(at + text.length - 1)] };
  });
}
