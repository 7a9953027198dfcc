import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VersionRecord } from '../../content/read.ts';
import type { Problem } from '../../problem.ts';
import { at, bodyTree, warning } from '../body.ts';
import type { Rule } from '../types.ts';

/** Passages shorter than this are expected to recur ("1、与国家安全、国防安全有关的;"). */
export const MIN_LENGTH = 30;

interface Passage {
  key: string;
  line: number;
  long: boolean;
}

/**
 * The same paragraph twice in one version, usually a scraping or copy-and-paste error (seed 004
 * repeats a whole block). Consecutive repeated paragraphs are reported once, as one passage.
 */
export const duplicatePassageRule: Rule = {
  id: 'duplicate-passage',
  description: `a paragraph of ${MIN_LENGTH}+ characters (or a run of them) that appears twice in one version`,
  check: ({ records }) => records.versions.flatMap(checkVersion),
};

export function checkVersion(version: VersionRecord): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  let run: { start: number; end: number; firstSeen: number; count: number } | undefined;
  const close = () => {
    if (!run) return;
    const span =
      run.end > run.start ? `Lines ${run.start}–${run.end} (${run.count} paragraphs) repeat` : 'This paragraph repeats';
    problems.push(
      warning(
        'duplicate-passage',
        version.file,
        `${span} the text first seen at line ${run.firstSeen}.`,
        'Delete the repeated copy (usually left by copying or scraping), or reword it if both places need it.',
        { line: run.start },
      ),
    );
    run = undefined;
  };
  for (const p of passages(version)) {
    const seen = first.get(p.key);
    if (seen === undefined) first.set(p.key, p.line);
    if (!p.long) continue;
    if (seen === undefined) close();
    else if (run) Object.assign(run, { end: p.line, count: run.count + 1 });
    else run = { start: p.line, end: p.line, firstSeen: seen, count: 1 };
  }
  close();
  return problems;
}

/** Paragraphs and headings in reading order, compared without spacing and punctuation. */
function passages(version: VersionRecord): Passage[] {
  const out: Passage[] = [];
  visit(bodyTree(version), (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const text = toString(node);
    const key = text.replace(/[\s\p{P}\p{S}]/gu, '');
    if (key !== '')
      out.push({ key, line: at(version, node).line ?? version.bodyLine, long: [...text.trim()].length >= MIN_LENGTH });
  });
  return out;
}
