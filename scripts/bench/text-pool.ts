/**
 * The raw material of the generated corpus: sentences, headings and words taken from the sample
 * policies (content/brands/<brand>/<policy>/*.mdx, original language only) and the scraped seed
 * texts (tests/fixtures/seeds/*.txt), read at run time so the benchmark follows the project's samples.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TextPool {
  sentences: string[];
  /** Section titles without their numbering ("我们如何收集信息"). */
  headings: string[];
  /** Chinese words (2 to 4 characters) for word-level edits. */
  words: string[];
}

// MDX reads these as code, JSX, emphasis, links or tables: the corpus avoids them instead of escaping.
const MARKUP = /[{}<>\\`*_[\]|#&$~^=]/;
// Numbering the sample texts carry in front of items and headings; the renderer numbers them again.
const NUMBERING =
  /^\s*(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+[、.．)）]|[一二三四五六七八九十]+[、.．]|[a-zA-Z][、.．)）\s]|第[一二三四五六七八九十]+[章条节部分]+)\s*/;
const HAN = /\p{Script=Han}/gu;
// The scraped pages carry unrelated text (ads, story teasers); policy sentences name one of these.
const POLICY_WORDS = /信息|隐私|个人|服务|我们|数据|政策|协议|权利|法律|账户|帐户|授权|同意/;

export function readTextPool(root: string): TextPool {
  const texts = [
    ...sampleBodies(join(root, 'content/brands')).map((text) => ({ text, scraped: false })),
    ...seedTexts(join(root, 'tests/fixtures/seeds')).map((text) => ({ text, scraped: true })),
  ];
  const sentences = new Set<string>();
  const headings = new Set<string>();
  for (const { text, scraped } of texts) {
    let previous = '';
    for (const raw of text.split('\n').filter((l) => l.trim() !== '')) {
      // The scraped seeds wrap lines mid-sentence: a line after an unfinished one starts with a fragment.
      const continues = scraped && !/[。！？；：:]\s*$/.test(previous);
      previous = raw;
      const heading = /^#{2,4}\s+(.*)$/.exec(raw);
      const line = clean(heading ? heading[1]! : raw.replace(/^\s*[-+]\s+/, ''));
      if (line === undefined) continue;
      if (heading) {
        if (line.length >= 2 && line.length <= 24) headings.add(line.replace(/[。:：]$/, ''));
        continue;
      }
      line.split(/(?<=[。！？；])/).forEach((sentence, i) => {
        const s = sentence.trim();
        if (i === 0 && continues && !raw.startsWith('- ')) return;
        if (isPolicySentence(s)) sentences.add(s);
      });
    }
  }
  const pool = { sentences: [...sentences], headings: [...headings], words: wordsOf([...sentences]) };
  if (pool.sentences.length < 100 || pool.headings.length < 10) {
    throw new Error(
      `Too little sample text under ${root} (${pool.sentences.length} sentences, ${pool.headings.length} headings) to generate a corpus.`,
    );
  }
  return pool;
}

/** A whole sentence of policy prose: mostly Chinese, properly started and ended, on the subject. */
function isPolicySentence(s: string): boolean {
  const han = s.match(HAN)?.length ?? 0;
  return (
    s.length >= 10 &&
    s.length <= 220 &&
    han >= s.length / 2 &&
    /^\p{Script=Han}|^[“《（(A-Z]/u.test(s) &&
    /[。！？；]$/.test(s) &&
    POLICY_WORDS.test(s)
  );
}

function clean(line: string): string | undefined {
  const text = line.replace(NUMBERING, '').trim();
  if (text === '' || MARKUP.test(text) || /https?:|www\.|@/.test(text) || /^\d+[.)]/.test(text)) return undefined;
  return text;
}

/** Bodies of the original-language versions (a translation has a locale before .mdx). */
function sampleBodies(brandsDir: string): string[] {
  if (!existsSync(brandsDir)) return [];
  return readdirSync(brandsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)\d{4}-\d{2}-\d{2}\.mdx$/.test(file))
    .sort()
    .map((file) => readFileSync(join(brandsDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

function seedTexts(seedDir: string): string[] {
  if (!existsSync(seedDir)) return [];
  return readdirSync(seedDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(seedDir, file), 'utf8'));
}

function wordsOf(sentences: readonly string[]): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = new Set<string>();
  for (const sentence of sentences) {
    for (const { segment, isWordLike } of segmenter.segment(sentence)) {
      if (isWordLike && /^\p{Script=Han}{2,4}$/u.test(segment)) words.add(segment);
    }
  }
  return [...words].sort();
}
