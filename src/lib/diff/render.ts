/** Text forms of a diff model, for tests and debugging. Pure, runs in the browser. */
import type { DiffEntry, DiffModel, Segment } from './model.ts';
import { rebuild } from './words.ts';

/**
 * One line per entry: headings, items and rows marked as in Markdown, edits
 * inline as `<del>…</del><ins>…</ins>`, whole added / removed blocks wrapped the
 * same way, and moved blocks as `[moved-from 1] …` / `[moved-to 1] …`.
 * Line breaks inside code show as `\n`.
 */
export function renderRedline(model: DiffModel): string {
  return model.entries.map(renderEntry).join('\n');
}

function renderEntry(entry: DiffEntry): string {
  const lead = prefix(entry);
  switch (entry.status) {
    case 'unchanged':
      return lead + line(entry.after);
    case 'added':
      return `${lead}<ins>${line(entry.after)}</ins>`;
    case 'removed':
      return `${lead}<del>${line(entry.before)}</del>`;
    case 'moved-from':
      return `[moved-from ${entry.moveId}] ${lead}${line(entry.before)}`;
    case 'moved-to':
      return `[moved-to ${entry.moveId}] ${lead}${entry.edit ? segmentsText(entry.edit.segments) : line(entry.after)}`;
    case 'changed':
      return lead + segmentsText(entry.segments);
  }
}

function segmentsText(segments: readonly Segment[]): string {
  return segments.map(({ op, text }) => (op === 'equal' ? line(text) : `<${op}>${line(text)}</${op}>`)).join('');
}

function prefix(entry: DiffEntry): string {
  switch (entry.kind) {
    case 'heading':
      return `${'#'.repeat(entry.depth ?? 1)} `;
    case 'item':
      return '- ';
    case 'row':
      return '| ';
    case 'code':
      return '``` ';
    default:
      return '';
  }
}

function line(text: string): string {
  return text.replaceAll('\n', '\\n');
}

/** The old version's block texts, rebuilt from the model (word segments for edited blocks). */
export const beforeText = (model: DiffModel): string[] => sideText(model, 'before');

/** The new version's block texts, rebuilt from the model (word segments for edited blocks). */
export const afterText = (model: DiffModel): string[] => sideText(model, 'after');

function sideText(model: DiffModel, side: 'before' | 'after'): string[] {
  return model.entries.flatMap((entry) => {
    if (entry.status === 'changed') return [rebuild(entry.segments, side)];
    if (side === 'before') return 'before' in entry ? [entry.before] : [];
    return 'after' in entry ? [entry.after] : [];
  });
}
