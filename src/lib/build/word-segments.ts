/** A text cut into words as Intl.Segmenter('zh') cuts it: each word-like segment, and '' for each run between them. */
export type WordSegments = (text: string) => readonly string[];

export function segmentWords(text: string, segmenter = new Intl.Segmenter('zh', { granularity: 'word' })): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) words.push(s.isWordLike ? s.segment : '');
  return words;
}
