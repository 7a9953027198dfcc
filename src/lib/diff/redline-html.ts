/**
 * The redline as HTML, from a diff model. Pure and browser-safe: the static change pages and the
 * compare page (which diffs in the browser) render through these functions, so they are the same.
 * Insertions and deletions are <ins>/<del> with screen-reader text, never colour alone; every
 * change says which section it is in; headings are never folded away; a moved passage is one
 * change whose two ends link to each other.
 */
import { escapeHtml } from '../markup/escape.ts';
import type { BlockKind, DiffEntry, DiffModel, Segment, Trivial } from './model.ts';

export interface RedlineLabels {
  inserted: string;
  deleted: string;
  insertedEnd: string;
  added: (kind: BlockKind) => string;
  removed: (kind: BlockKind) => string;
  changed: (kind: BlockKind) => string;
  /** A moved passage at its new place, and where it was. */
  movedHere: (from: string) => string;
  /** A moved passage's old place, and where it is now. */
  movedAway: (to: string) => string;
  movedEdited: string;
  /** Short tags for the two ends in the side-by-side view. */
  movedIn: string;
  movedOut: string;
  punctuationOnly: string;
  whitespaceOnly: string;
  showUnchanged: (count: number) => string;
  hideUnchanged: (count: number) => string;
  section: string;
  start: string;
  /** A place in a version: inside a section, or (for a moved section) after the one before it. */
  inSection: (path: string) => string;
  afterSection: (heading: string) => string;
  space: string;
  nextChange: string;
  previousChange: string;
  before: string;
  after: string;
}

export interface RedlineHtml {
  inline: string;
  sideBySide: string;
  /** Number of changes; each has an anchor `#change-<n>` from 1, and a move counts once. */
  changes: number;
}

type MoveEnd = { id: number; side: 'to' | 'from' };
type Unit =
  | { kind: 'unchanged'; entry: DiffEntry }
  /** `n` numbers the changes a reader steps through; a move's old place is no change of its own. */
  | { kind: 'change'; entries: DiffEntry[]; n: number | undefined; move: MoveEnd | undefined };

/** Unchanged blocks kept visible on each side of a change, as context. */
const CONTEXT = 1;

export function redlineHtml(model: DiffModel, labels: RedlineLabels): RedlineHtml {
  const units = toUnits(model.entries);
  const total = units.filter((u) => u.kind === 'change' && u.n !== undefined).length;
  const places = movePlaces(model.entries, labels);
  const inline: string[] = [];
  const side: string[] = [];
  const unchanged: DiffEntry[] = [];
  const flush = (before: Unit | undefined, after: Unit | undefined) => {
    if (unchanged.length === 0) return;
    for (const part of foldable(unchanged, before !== undefined, after !== undefined)) {
      if (part.fold) {
        inline.push(fold(part.entries.map((e) => plainBlock(e, text(e))).join(''), part.entries.length, labels));
        const rows = part.entries.map((e) => sideRow(e, labels)).join('');
        side.push(
          `<tr><td colspan="2">${fold(`<table class="rl-sbs"><tbody>${rows}</tbody></table>`, part.entries.length, labels)}</td></tr>`,
        );
      } else {
        inline.push(...part.entries.map((e) => plainBlock(e, text(e))));
        side.push(...part.entries.map((e) => sideRow(e, labels)));
      }
    }
    unchanged.length = 0;
  };
  let previousChange: Unit | undefined;
  for (const unit of units) {
    if (unit.kind === 'unchanged') {
      unchanged.push(unit.entry);
      continue;
    }
    flush(previousChange, unit);
    inline.push(changeBlock(unit, total, places, labels));
    const trivial = triviality(unit.entries) !== null;
    side.push(...unit.entries.map((e, k) => sideRow(e, labels, k === 0 ? unit.n : undefined, trivial)));
    previousChange = unit;
  }
  flush(previousChange, undefined);
  const head = `<thead><tr><th scope="col">${escapeHtml(labels.before)}</th><th scope="col">${escapeHtml(labels.after)}</th></tr></thead>`;
  return {
    inline: inline.join('\n'),
    sideBySide: `<table class="rl-sbs">${head}<tbody>${side.join('\n')}</tbody></table>`,
    changes: total,
  };
}

/** Entries in reading order as units: unchanged blocks, and changes, a moved passage's blocks together. */
function toUnits(entries: readonly DiffEntry[]): Unit[] {
  const units: Unit[] = [];
  let n = 0;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    if (entry.status === 'unchanged') {
      units.push({ kind: 'unchanged', entry });
      continue;
    }
    if (entry.status === 'moved-to' || entry.status === 'moved-from') {
      const side = entry.status === 'moved-to' ? 'to' : 'from';
      const inside = side === 'to' ? 'added' : 'removed';
      // Additions (or deletions) between blocks of one move belong to the moved passage.
      let end = k;
      for (let m = k + 1; m < entries.length; m++) {
        const next = entries[m]!;
        if (next.status === entry.status && next.moveId === entry.moveId) end = m;
        else if (next.status !== inside) break;
      }
      const group = entries.slice(k, end + 1);
      units.push({
        kind: 'change',
        entries: group,
        n: side === 'to' ? ++n : undefined,
        move: { id: entry.moveId, side },
      });
      k = end;
      continue;
    }
    units.push({ kind: 'change', entries: [entry], n: ++n, move: undefined });
  }
  return units;
}

/**
 * A run of unchanged blocks: headings always shown (a change must never seem to sit under the
 * wrong heading), the blocks next to a change shown as context, and the rest folded, section by
 * section. `before`/`after` say whether a change precedes or follows the run.
 */
function foldable(
  run: readonly DiffEntry[],
  before: boolean,
  after: boolean,
): { fold: boolean; entries: DiffEntry[] }[] {
  const parts: { fold: boolean; entries: DiffEntry[] }[] = [];
  const shown = new Set<number>();
  run.forEach((e, i) => {
    if (e.kind === 'heading') shown.add(i);
  });
  for (let i = 0; i < CONTEXT; i++) {
    if (before) shown.add(i);
    if (after) shown.add(run.length - 1 - i);
  }
  let hidden: DiffEntry[] = [];
  const close = () => {
    // A single block is shown rather than folded: a fold of one saves nothing.
    if (hidden.length === 1) parts.push({ fold: false, entries: hidden });
    else if (hidden.length > 1) parts.push({ fold: true, entries: hidden });
    hidden = [];
  };
  run.forEach((e, i) => {
    if (shown.has(i)) {
      close();
      parts.push({ fold: false, entries: [e] });
    } else hidden.push(e);
  });
  close();
  return parts;
}

/**
 * Where each move's two ends are, in words: the section a moved block sits in, or, for a moved
 * section, the section it follows in that version (its own heading moved with it).
 */
function movePlaces(entries: readonly DiffEntry[], labels: RedlineLabels): Map<number, { from: string; to: string }> {
  const places = new Map<number, { from: string; to: string }>();
  entries.forEach((e, k) => {
    if (e.status !== 'moved-to' && e.status !== 'moved-from') return;
    const side = e.status === 'moved-to' ? 'to' : 'from';
    const place = places.get(e.moveId) ?? { from: '', to: '' };
    if (place[side] === '') place[side] = placeOf(entries, k, side === 'to' ? 'after' : 'before', labels);
    places.set(e.moveId, place);
  });
  return places;
}

function placeOf(entries: readonly DiffEntry[], k: number, version: 'before' | 'after', labels: RedlineLabels): string {
  const entry = entries[k]!;
  if (entry.kind !== 'heading') return labels.inSection(pathText(entry.section, labels));
  for (let m = k - 1; m >= 0; m--) {
    const previous = entries[m]!;
    if (previous.kind !== 'heading' || (previous.depth ?? 1) > (entry.depth ?? 1)) continue;
    const inVersion = version === 'after' ? 'after' in previous : 'before' in previous;
    if (inVersion)
      return labels.afterSection(
        version === 'after' && 'after' in previous ? previous.after : 'before' in previous ? previous.before : '',
      );
  }
  return labels.start;
}

/** The headings a block sits under; a heading's own text is not part of its path. */
function pathOf(entry: DiffEntry): string[] {
  return entry.kind === 'heading' ? entry.section.slice(0, -1) : entry.section;
}

function pathText(path: readonly string[], labels: RedlineLabels): string {
  return path.length === 0 ? labels.start : path.join(' › ');
}

function fold(inner: string, count: number, labels: RedlineLabels): string {
  const summary = `<span class="rl-when-closed">${escapeHtml(labels.showUnchanged(count))}</span><span class="rl-when-open">${escapeHtml(labels.hideUnchanged(count))}</span>`;
  return `<details class="rl-fold"><summary>${summary}</summary>${inner}</details>`;
}

function text(entry: DiffEntry): string {
  return escapeHtml('after' in entry ? entry.after : entry.before);
}

/** A block in its own element: headings stay headings (one level below the page's), items keep a bullet. */
function plainBlock(entry: DiffEntry, html: string, attrs = ''): string {
  if (entry.kind === 'heading') {
    const level = Math.min(6, Math.max(2, (entry.depth ?? 2) + 1));
    return `<h${level} class="rl-heading"${attrs}>${html}</h${level}>`;
  }
  const cls = { item: 'rl-item', row: 'rl-row', code: 'rl-code' }[entry.kind as string] ?? 'rl-para';
  return `<p class="${cls}"${attrs}>${html}</p>`;
}

function changeBlock(
  unit: Extract<Unit, { kind: 'change' }>,
  total: number,
  places: Map<number, { from: string; to: string }>,
  labels: RedlineLabels,
): string {
  const { n, move } = unit;
  const first = unit.entries[0]!;
  const trivial = triviality(unit.entries);
  const anchor = move ? `move-${move.id}-${move.side}` : `change-${n}`;
  const ids = n !== undefined && move ? ` id="change-${n}"` : '';
  const nav =
    n === undefined
      ? ''
      : [
          n > 1 ? `<a href="#change-${n - 1}">${escapeHtml(labels.previousChange)}</a>` : '',
          n < total ? `<a href="#change-${n + 1}">${escapeHtml(labels.nextChange)}</a>` : '',
        ].join('');
  let label = describe(first, labels);
  if (move) {
    const place = places.get(move.id) ?? { from: labels.start, to: labels.start };
    const words = move.side === 'to' ? labels.movedHere(place.from) : labels.movedAway(place.to);
    const edited =
      unit.entries.some((e) => e.status !== 'moved-to' && e.status !== 'moved-from') ||
      unit.entries.some((e) => e.status === 'moved-to' && e.edit !== null);
    label = `<a href="#move-${move.id}-${move.side === 'to' ? 'from' : 'to'}">${escapeHtml(words)}</a>${edited ? escapeHtml(labels.movedEdited) : ''}`;
  } else {
    label = escapeHtml(label);
  }
  if (trivial)
    label += ` <span class="rl-trivial-tag">${escapeHtml(trivial === 'punctuation' ? labels.punctuationOnly : labels.whitespaceOnly)}</span>`;
  const classes = ['rl-block', `rl-${move ? `moved-${move.side}` : first.status}`, trivial ? 'rl-trivial' : ''].filter(
    Boolean,
  );
  // A block before the first heading, or a top-level heading, has no section to name.
  const sections = pathOf(first);
  const path =
    sections.length === 0
      ? ''
      : `<p class="rl-path"><span class="sr-only">${escapeHtml(labels.section)}</span>${escapeHtml(pathText(sections, labels))}</p>`;
  const body = unit.entries.map((e) => plainBlock(e, bodyOf(e, labels))).join('');
  const wrapper = ids === '' ? '' : `<span${ids}></span>`;
  return `<div class="${classes.join(' ')}" id="${anchor}">${wrapper}<p class="rl-label"><span>${label}</span><span class="rl-nav no-print">${nav}</span></p>${path}${body}</div>`;
}

/** What a change's label says: what happened to which kind of block. */
function describe(entry: DiffEntry, labels: RedlineLabels): string {
  switch (entry.status) {
    case 'changed':
      return labels.changed(entry.kind);
    case 'added':
      return labels.added(entry.kind);
    case 'removed':
      return labels.removed(entry.kind);
    default:
      return '';
  }
}

/** A change that only touches punctuation (or only spacing), everywhere it touches. */
function triviality(entries: readonly DiffEntry[]): Trivial {
  const kinds = entries.map((e) => (e.status === 'changed' ? e.trivial : 'words'));
  if (kinds.length === 0 || kinds.some((k) => k === 'words' || k === null)) return null;
  return kinds.every((k) => k === 'whitespace') ? 'whitespace' : 'punctuation';
}

function bodyOf(entry: DiffEntry, labels: RedlineLabels): string {
  switch (entry.status) {
    case 'changed':
      return segmentsHtml(entry.segments, labels, 'both');
    case 'added':
      return ins(escapeHtml(entry.after), labels);
    case 'removed':
      return del(escapeHtml(entry.before), labels);
    case 'moved-from':
      return escapeHtml(entry.before);
    case 'moved-to':
      return entry.edit ? segmentsHtml(entry.edit.segments, labels, 'both') : escapeHtml(entry.after);
    case 'unchanged':
      return escapeHtml(entry.after);
  }
}

function sideRow(entry: DiffEntry, labels: RedlineLabels, n?: number, trivial = false): string {
  const id = n !== undefined ? ` id="side-change-${n}"` : '';
  const extra = trivial ? ' rl-trivial' : '';
  const cell = (html: string) => (html === '' ? '<td class="rl-empty"></td>' : `<td>${plainBlock(entry, html)}</td>`);
  const tag = (words: string) => `<span class="rl-tag">${escapeHtml(words)}</span> `;
  switch (entry.status) {
    case 'changed':
      return `<tr class="rl-changed${extra}"${id}>${cell(segmentsHtml(entry.segments, labels, 'before'))}${cell(segmentsHtml(entry.segments, labels, 'after'))}</tr>`;
    case 'added':
      return `<tr class="rl-added${extra}"${id}>${cell('')}${cell(ins(escapeHtml(entry.after), labels))}</tr>`;
    case 'removed':
      return `<tr class="rl-removed${extra}"${id}>${cell(del(escapeHtml(entry.before), labels))}${cell('')}</tr>`;
    case 'moved-from':
      return `<tr class="rl-moved-from${extra}"${id}>${cell(`${tag(labels.movedOut)}${escapeHtml(entry.before)}`)}${cell('')}</tr>`;
    case 'moved-to': {
      const after = entry.edit ? segmentsHtml(entry.edit.segments, labels, 'after') : escapeHtml(entry.after);
      return `<tr class="rl-moved-to${extra}"${id}>${cell('')}${cell(`${tag(labels.movedIn)}${after}`)}</tr>`;
    }
    case 'unchanged':
      return `<tr>${cell(escapeHtml(entry.before))}${cell(escapeHtml(entry.after))}</tr>`;
  }
}

function segmentsHtml(segments: readonly Segment[], labels: RedlineLabels, side: 'both' | 'before' | 'after'): string {
  return segments
    .map(({ op, text }) => {
      if (op === 'equal') return escapeHtml(text);
      if (op === 'ins') return side === 'before' ? '' : ins(marked(text, labels), labels, text);
      return side === 'after' ? '' : del(marked(text, labels), labels, text);
    })
    .join('');
}

const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** A deleted or inserted mark that would be a dot or a gap on screen is shown boxed, a space as ␣. */
function marked(text: string, labels: RedlineLabels): string {
  if (/^\s+$/u.test(text))
    return `<span aria-hidden="true">${'␣'.repeat([...text].length)}</span><span class="sr-only">${escapeHtml(labels.space)}</span>`;
  return escapeHtml(text);
}

function markClass(text: string | undefined): string {
  return text !== undefined && ONLY_PUNCTUATION.test(text) ? ' class="rl-mark"' : '';
}

function ins(html: string, labels: RedlineLabels, raw?: string): string {
  return `<ins${markClass(raw)}><span class="sr-only">${escapeHtml(labels.inserted)}</span>${html}<span class="sr-only">${escapeHtml(labels.insertedEnd)}</span></ins>`;
}

function del(html: string, labels: RedlineLabels, raw?: string): string {
  return `<del${markClass(raw)}><span class="sr-only">${escapeHtml(labels.deleted)}</span>${html}<span class="sr-only">${escapeHtml(labels.insertedEnd)}</span></del>`;
}

/** The words of a redline's summary, from the page's messages. */
export interface StatsLabels {
  changeCount: (n: number) => string;
  statsChars: (inserted: number, deleted: number) => string;
  statsSections: (changed: number, added: number, removed: number, moved: number) => string;
  statsMoves: (n: number) => string;
}

/** The redline's summary lines (changes and characters, sections, moves), for the static and compare pages alike. */
export function statsLines(model: DiffModel, changes: number, labels: StatsLabels): string[] {
  const s = model.stats;
  return [
    `${labels.changeCount(changes)} · ${labels.statsChars(s.inserted, s.deleted)}`,
    labels.statsSections(s.sectionsChanged, s.sectionsAdded, s.sectionsRemoved, s.sectionsMoved),
    ...(s.moves > 0 ? [labels.statsMoves(s.moves)] : []),
  ];
}
