import { highlightRanges, highlightTerms } from '../../lib/search/highlight.ts';

const markClass = 'rounded-sm bg-yellow-200 text-slate-950 dark:bg-yellow-300';

/** Wraps the searched terms in <mark> throughout the policy text, then brings the target section into view. */
export function highlightPolicyText(): void {
  const root = document.querySelector<HTMLElement>('[data-policy-text]');
  const terms = highlightTerms(location.search);
  if (!root || terms.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let first: HTMLElement | undefined;
  let firstInText: HTMLElement | undefined;
  for (const text of texts) {
    // Right to left, so the offsets of the ranges still to wrap stay valid.
    for (const [start, end] of highlightRanges(text.data, terms).reverse()) {
      const match = text.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = markClass;
      match.replaceWith(mark);
      mark.append(match);
      firstInText = mark;
    }
    first ??= firstInText;
  }
  // With no section in the link, show the first match; with one, the browser has scrolled to it already.
  if (first && location.hash === '') first.scrollIntoView({ block: 'center' });
}
