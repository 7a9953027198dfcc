/** Word-level diff inside one edited block. Pure, runs in the browser. */
import { diffArrays, diffWords, type ChangeObject } from 'diff';
import type { Segment } from './model.ts';
import { tokens, wordSegmenter } from './segment.ts';

/**
 * Most word edits (insertions plus deletions) worth spelling out. Past it the
 * block is shown replaced whole; this also caps the Myers search, whose cost
 * grows with length × edits.
 */
export const WORD_EDIT_LIMIT = 120;

/**
 * Diff two texts word by word. Joining the `equal` and `del` segments gives `a`
 * back exactly, joining `equal` and `ins` gives `b`.
 */
export function diffText(a: string, b: string, locale: string): Segment[] {
  const limits = { maxEditLength: WORD_EDIT_LIMIT };
  const byWords = diffWords(a, b, { ...limits, intlSegmenter: wordSegmenter(locale) });
  if (byWords === undefined) return replaced(a, b);
  const segments = toSegments(byWords);
  if (rebuild(segments, 'before') === a && rebuild(segments, 'after') === b) return tidy(segments);
  // diffWords reports unchanged words with the new text's surrounding whitespace,
  // so where the texts differ only in spacing (“使用App” vs “使用 App”) the old
  // text is lost. Then diff the segmenter's tokens, in which spaces are tokens too.
  const byTokens = diffArrays(tokens(a, locale), tokens(b, locale), limits);
  if (byTokens === undefined) return replaced(a, b);
  return tidy(toSegments(byTokens.map((c) => ({ ...c, value: c.value.join('') }))));
}

/** The text of one version: the unchanged segments with its deletions (before) or insertions (after). */
export function rebuild(segments: readonly Segment[], version: 'before' | 'after'): string {
  const skip = version === 'before' ? 'ins' : 'del';
  let text = '';
  for (const s of segments) if (s.op !== skip) text += s.text;
  return text;
}

function replaced(a: string, b: string): Segment[] {
  return toSegments([
    { value: a, removed: true, added: false, count: 1 },
    { value: b, removed: false, added: true, count: 1 },
  ]);
}

function toSegments(changes: ReadonlyArray<ChangeObject<string>>): Segment[] {
  const out: Segment[] = [];
  for (const c of changes) {
    if (c.value !== '') out.push({ op: c.added ? 'ins' : c.removed ? 'del' : 'equal', text: c.value });
  }
  return out;
}

type Edit = { del: string; ins: string };
/** Unchanged text, or an edit between two unchanged stretches. */
type Run = string | Edit;

/**
 * Fold short unchanged bits sitting between two edits (a particle like 的, a comma,
 * a space) into the edits, so a rewritten phrase reads as one replacement instead
 * of confetti. Also puts each deletion before its insertion.
 */
function tidy(segments: readonly Segment[]): Segment[] {
  const runs: Run[] = [];
  for (const s of segments) {
    const last = runs.at(-1);
    if (s.op === 'equal') runs.push(s.text);
    else if (typeof last === 'object') last[s.op] += s.text;
    else runs.push(s.op === 'del' ? { del: s.text, ins: '' } : { del: '', ins: s.text });
    // A merged edit is larger, so the unchanged bit before it may now be noise too.
    for (let edit = foldTail(runs); edit !== undefined; edit = foldTail(runs)) runs.splice(-3, 3, edit);
  }
  return runs.flatMap((run): Segment[] => {
    if (typeof run === 'string') return [{ op: 'equal', text: run }];
    const out: Segment[] = [];
    if (run.del !== '') out.push({ op: 'del', text: run.del });
    if (run.ins !== '') out.push({ op: 'ins', text: run.ins });
    return out;
  });
}

/** The last three runs as one edit, if they are two edits around an unchanged bit at most half their size. */
function foldTail(runs: readonly Run[]): Edit | undefined {
  const [before, equal, after] = runs.slice(-3);
  if (typeof before !== 'object' || typeof equal !== 'string' || typeof after !== 'object') return undefined;
  const size = (edit: Edit) => Math.max(edit.del.length, edit.ins.length);
  if (equal.length * 2 > Math.min(size(before), size(after))) return undefined;
  return { del: before.del + equal + after.del, ins: before.ins + equal + after.ins };
}
