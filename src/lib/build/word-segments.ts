import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** A text cut into words as Intl.Segmenter('zh') cuts it: each word-like segment, and '' for each run between them. */
export type WordSegments = (text: string) => readonly string[];

export function segmentWords(text: string, segmenter = new Intl.Segmenter('zh', { granularity: 'word' })): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) words.push(s.isWordLike ? s.segment : '');
  return words;
}

/** Word segments of this build, some read from the last one, and how to keep them for the next. */
export interface KeptWordSegments {
  segments: WordSegments;
  /** Writes the segments of the texts met in this build (so texts no build meets any more are dropped). */
  save(): void;
}

/**
 * Word segments kept between builds in one file under `dir`: segmenting every distinct block of a
 * site is most of the cost of its suggestion file (src/lib/build/search-suggest.ts), and a rebuild
 * meets few new blocks. The file is named by the ICU version that segments and by V8's, whose
 * serialization it is in; one that does not read is ignored. Without `dir`, nothing is kept.
 */
export function keptWordSegments(dir: string | undefined): KeptWordSegments {
  const file =
    dir === undefined ? undefined : join(dir, `words-icu${process.versions.icu}-v8-${process.versions.v8}.bin`);
  // Read when first asked: a dev server loads its site on every edit, and asks only when it serves the file.
  let before: Map<string, string[]> | undefined;
  const kept = () => {
    if (before !== undefined) return before;
    before = new Map();
    try {
      if (file !== undefined) before = deserialize(readFileSync(file)) as Map<string, string[]>;
    } catch {
      // None yet, or unreadable: segment everything.
    }
    return before;
  };
  const met = new Map<string, string[]>();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return {
    segments(text) {
      let words = met.get(text) ?? kept().get(text);
      if (words === undefined) words = segmentWords(text, segmenter);
      met.set(text, words);
      return words;
    },
    save() {
      if (file === undefined || dir === undefined || met.size === 0) return;
      try {
        mkdirSync(dir, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, serialize(met));
        renameSync(temp, file);
      } catch {
        // Only a speed-up lost: the next build segments again.
      }
    },
  };
}
