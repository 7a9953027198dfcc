/**
 * The redline as HTML, from a diff model. Pure and browser-safe: the static change pages and the
 * compare page (which diffs in the browser) render through this one function, so they look alike.
 * Insertions and deletions are <ins>/<del> with screen-reader text, never colour alone.
 */
import type { DiffEntry, DiffModel, Segment } from './model.ts';
import { escapeHtml } from '../markup/escape.ts';

export interface RedlineLabels {
  inserted: string;
  deleted: string;
  insertedEnd: string;
  added: string;
  removed: string;
  changed: string;
  movedFrom: string;
  movedTo: string;
  showUnchanged: (count: number) => string;
  nextChange: string;
  previousChange: string;
  before: string;
  after: string;
}

export interface RedlineHtml {
  inline: string;
  sideBySide: string;
  /** Number of changed places; each has an anchor `#change-<n>` from 1. */
  changes: number;
}

type Run = { kind: 'unchanged'; entries: DiffEntry[] } | { kind: 'change'; entry: DiffEntry; n: number };

/** Unchanged runs longer than this many blocks fold away, keeping `CONTEXT` blocks of context on each side. */
const CONTEXT = 1;

export function redlineHtml(model: DiffModel, labels: RedlineLabels): RedlineHtml {
  const runs = toRuns(model.entries);
  const total = runs.filter((r) => r.kind === 'change').length;
  const inline: string[] = [];
  const side: string[] = [];
  runs.forEach((run, i) => {
    if (run.kind === 'change') {
      inline.push(changeBlock(run.entry, run.n, total, labels));
      side.push(sideRow(run.entry, run.n, labels));
      return;
    }
    const first = i === 0;
    const last = i === runs.length - 1;
    const head = first ? 0 : CONTEXT;
    const tail = last ? 0 : CONTEXT;
    const entries = run.entries;
    if (entries.length <= head + tail + 1) {
      inline.push(...entries.map((e) => plainBlock(e, after(e))));
      side.push(...entries.map((e) => sideRow(e, 0, labels)));
      return;
    }
    const hidden = entries.slice(head, entries.length - tail);
    inline.push(...entries.slice(0, head).map((e) => plainBlock(e, after(e))));
    inline.push(fold(hidden.map((e) => plainBlock(e, after(e))).join(''), hidden.length, labels));
    inline.push(...entries.slice(entries.length - tail).map((e) => plainBlock(e, after(e))));
    side.push(...entries.slice(0, head).map((e) => sideRow(e, 0, labels)));
    side.push(
      `<tr><td colspan="2">${fold(`<table class="rl-sbs"><tbody>${hidden.map((e) => sideRow(e, 0, labels)).join('')}</tbody></table>`, hidden.length, labels)}</td></tr>`,
    );
    side.push(...entries.slice(entries.length - tail).map((e) => sideRow(e, 0, labels)));
  });
  const head = `<thead><tr><th scope="col">${escapeHtml(labels.before)}</th><th scope="col">${escapeHtml(labels.after)}</th></tr></thead>`;
  return {
    inline: inline.join('\n'),
    sideBySide: `<table class="rl-sbs">${head}<tbody>${side.join('\n')}</tbody></table>`,
    changes: total,
  };
}

function toRuns(entries: readonly DiffEntry[]): Run[] {
  const runs: Run[] = [];
  let n = 0;
  for (const entry of entries) {
    const previous = runs.at(-1);
    if (entry.status !== 'unchanged') runs.push({ kind: 'change', entry, n: ++n });
    else if (previous?.kind === 'unchanged') previous.entries.push(entry);
    else runs.push({ kind: 'unchanged', entries: [entry] });
  }
  return runs;
}

function fold(inner: string, count: number, labels: RedlineLabels): string {
  return `<details class="rl-fold"><summary>${escapeHtml(labels.showUnchanged(count))}</summary>${inner}</details>`;
}

function after(entry: DiffEntry): string {
  return escapeHtml('after' in entry ? entry.after : entry.before);
}

/** A block in its own element: headings stay headings (one level below the page's), items keep a bullet. */
function plainBlock(entry: DiffEntry, html: string, attrs = ''): string {
  if (entry.kind === 'heading') {
    const level = Math.min(6, Math.max(2, (entry.depth ?? 2) + 1));
    return `<h${level} class="rl-heading"${attrs}>${html}</h${level}>`;
  }
  const cls =
    entry.kind === 'item' ? 'rl-item' : entry.kind === 'row' ? 'rl-row' : entry.kind === 'code' ? 'rl-code' : 'rl-para';
  return `<p class="${cls}"${attrs}>${html}</p>`;
}

function changeBlock(entry: DiffEntry, n: number, total: number, labels: RedlineLabels): string {
  const nav = [
    n > 1 ? `<a href="#change-${n - 1}">${escapeHtml(labels.previousChange)}</a>` : '',
    n < total ? `<a href="#change-${n + 1}">${escapeHtml(labels.nextChange)}</a>` : '',
  ].join('');
  const { label, body } = describe(entry, labels);
  const moveAnchor = 'moveId' in entry ? ` data-move="${entry.moveId}"` : '';
  return `<div class="rl-block rl-${entry.status}" id="change-${n}"${moveAnchor}><p class="rl-label"><span>${escapeHtml(label)}</span><span class="rl-nav no-print">${nav}</span></p>${plainBlock(entry, body)}</div>`;
}

function describe(entry: DiffEntry, labels: RedlineLabels): { label: string; body: string } {
  switch (entry.status) {
    case 'changed':
      return { label: labels.changed, body: segmentsHtml(entry.segments, labels, 'both') };
    case 'added':
      return { label: labels.added, body: ins(escapeHtml(entry.after), labels) };
    case 'removed':
      return { label: labels.removed, body: del(escapeHtml(entry.before), labels) };
    case 'moved-from':
      return { label: labels.movedFrom, body: escapeHtml(entry.before) };
    case 'moved-to':
      return { label: labels.movedTo, body: escapeHtml(entry.after) };
    case 'unchanged':
      return { label: '', body: escapeHtml(entry.after) };
  }
}

function sideRow(entry: DiffEntry, n: number, labels: RedlineLabels): string {
  const id = n > 0 ? ` id="side-change-${n}"` : '';
  const cell = (html: string) => (html === '' ? '<td class="rl-empty"></td>' : `<td>${plainBlock(entry, html)}</td>`);
  switch (entry.status) {
    case 'changed':
      return `<tr class="rl-changed"${id}>${cell(segmentsHtml(entry.segments, labels, 'before'))}${cell(segmentsHtml(entry.segments, labels, 'after'))}</tr>`;
    case 'added':
      return `<tr class="rl-added"${id}>${cell('')}${cell(ins(escapeHtml(entry.after), labels))}</tr>`;
    case 'removed':
      return `<tr class="rl-removed"${id}>${cell(del(escapeHtml(entry.before), labels))}${cell('')}</tr>`;
    case 'moved-from':
      return `<tr class="rl-moved-from"${id}>${cell(`<span class="rl-tag">${escapeHtml(labels.movedFrom)}</span> ${escapeHtml(entry.before)}`)}${cell('')}</tr>`;
    case 'moved-to':
      return `<tr class="rl-moved-to"${id}>${cell('')}${cell(`<span class="rl-tag">${escapeHtml(labels.movedTo)}</span> ${escapeHtml(entry.after)}`)}</tr>`;
    case 'unchanged':
      return `<tr>${cell(escapeHtml(entry.before))}${cell(escapeHtml(entry.after))}</tr>`;
  }
}

function segmentsHtml(segments: readonly Segment[], labels: RedlineLabels, side: 'both' | 'before' | 'after'): string {
  return segments
    .map(({ op, text }) => {
      if (op === 'equal') return escapeHtml(text);
      if (op === 'ins') return side === 'before' ? '' : ins(escapeHtml(text), labels);
      return side === 'after' ? '' : del(escapeHtml(text), labels);
    })
    .join('');
}

function ins(html: string, labels: RedlineLabels): string {
  return `<ins><span class="sr-only">${escapeHtml(labels.inserted)}</span>${html}<span class="sr-only">${escapeHtml(labels.insertedEnd)}</span></ins>`;
}

function del(html: string, labels: RedlineLabels): string {
  return `<del><span class="sr-only">${escapeHtml(labels.deleted)}</span>${html}<span class="sr-only">${escapeHtml(labels.insertedEnd)}</span></del>`;
}

/** The words of a redline's summary, from the page's messages. */
export interface StatsLabels {
  changeCount: (n: number) => string;
  statsChars: (inserted: number, deleted: number) => string;
  statsSections: (changed: number, added: number, removed: number, moved: number) => string;
}

/** The redline's summary lines (changes and characters, then sections), for the static and compare pages alike. */
export function statsLines(model: DiffModel, changes: number, labels: StatsLabels): string[] {
  const s = model.stats;
  return [
    `${labels.changeCount(changes)} · ${labels.statsChars(s.inserted, s.deleted)}`,
    labels.statsSections(s.sectionsChanged, s.sectionsAdded, s.sectionsRemoved, s.sectionsMoved),
  ];
}
