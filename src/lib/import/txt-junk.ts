import { endsComplete } from './txt-markers.ts';

/** One line of a scraped text, with its 1-based line number in the input. */
export interface Line {
  text: string;
  line: number;
}

/** Whole lines that scraping leaves behind and that are never policy text. */
const junkLines = [
  /^验证码(?:图片)?$/,
  /^(?:看不清[，,]?)?换一张$/,
  /^返回(?:顶部|首页)$/,
  /^(?:打印|关闭)(?:本页|窗口)$/,
  /^分享到[:：]?/,
  /^(?:上|下)一篇[:：]/,
];

/** Lines that start a page footer or a list of unrelated links. */
const footerStarts = [/copyright|all rights reserved/i, /^[©Ⓒ]/, /ICP备/, /^(?:推荐|相关|热门)阅读/, /技术支持[:：]/];
/** "沈念sama阅读 198,932评论 5 466": the reading and comment counts under a teaser. */
const readingCount = /阅读\s*[\d,]+\s*评论\s*\d+/;

export function isJunkLine(text: string): boolean {
  return junkLines.some((pattern) => pattern.test(text));
}

/**
 * Index of the first line of trailing page junk (footer, copyright, teasers with reading counts), or
 * `lines.length` when there is none. Only the second half of the text is searched, so a copyright
 * notice quoted in the policy itself is kept; short lines just above the footer (company name,
 * address) belong to it.
 */
export function footerStart(lines: readonly Line[]): number {
  const half = Math.floor(lines.length / 2);
  for (let i = half; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const teaser = readingCount.test(text);
    if (!teaser && !footerStarts.some((pattern) => pattern.test(text))) continue;
    let start = teaser ? i - 1 : i;
    while (start > half && isFooterLike(lines[start - 1]?.text ?? '')) start--;
    return start;
  }
  return lines.length;
}

function isFooterLike(text: string): boolean {
  return text !== '' && [...text].length <= 40 && !endsComplete(text);
}
