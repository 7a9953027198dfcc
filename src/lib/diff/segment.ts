/**
 * Word segmentation shared by the diff (browser and build). Intl.Segmenter knows
 * where Chinese words end, which whitespace-based splitting cannot.
 */

const segmenters = new Map<string, Intl.Segmenter>();

/** A word segmenter for the locale; constructing one loads dictionaries, so it is cached. */
export function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Every segment of the text, words, spaces and punctuation alike; they join back to the text. */
export function tokens(text: string, locale: string): string[] {
  return Array.from(wordSegmenter(locale).segment(text), (s) => s.segment);
}

/** Only the words, lower-cased: what two texts must share to count as similar. */
export function words(text: string, locale: string): string[] {
  const out: string[] = [];
  for (const s of wordSegmenter(locale).segment(text)) if (s.isWordLike) out.push(s.segment.toLowerCase());
  return out;
}
