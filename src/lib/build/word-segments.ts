/** A text cut into words as Intl.Segmenter('zh') cuts it: each word-like segment, and '' for each run between them. */
export type WordSegments = (text: string) => readonly string[];

// One segmenter for every call: making one costs more than cutting a block of text.
const zh = new Intl.Segmenter('zh', { granularity: 'word' });

export function segmentWords(text: string, segmenter = zh): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) words.push(s.isWordLike ? s.segment : '');
  return words;
}
