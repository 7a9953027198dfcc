import type { CollectedItem, ListKind, SharedRecipient, VersionLists } from '../../schemas/lists.ts';

/** A field of a row that two versions of a list give differently. */
export type FieldChange =
  | { field: string; before: string; after: string }
  /** A field that lists values (the data shared, which of it is sensitive): what came and went. */
  | { field: string; added: string[]; removed: string[] };

/** How one list changed between two versions, row by row: rows are matched by their name. */
export interface ListChange {
  kind: ListKind;
  added: string[];
  removed: string[];
  changed: { row: string; fields: FieldChange[] }[];
}

type Row = CollectedItem | SharedRecipient;

const rowName = (row: Row) => ('item' in row ? row.item : row.name);

/** The row-level redline of each list the two versions have in force; a list both have unchanged is left out. */
export function listChanges(from: VersionLists, to: VersionLists): ListChange[] {
  const changes: ListChange[] = [];
  for (const kind of ['collected', 'shared'] as const) {
    const before: Row[] = from[kind]?.list.rows ?? [];
    const after: Row[] = to[kind]?.list.rows ?? [];
    const change = rowChanges(kind, before, after);
    if (change.added.length + change.removed.length + change.changed.length > 0) changes.push(change);
  }
  return changes;
}

function rowChanges(kind: ListKind, before: Row[], after: Row[]): ListChange {
  const old = new Map(before.map((row) => [rowName(row), row]));
  const now = new Map(after.map((row) => [rowName(row), row]));
  const changed: ListChange['changed'] = [];
  for (const [name, row] of now) {
    const was = old.get(name);
    if (was === undefined) continue;
    const fields = fieldChanges(was, row);
    if (fields.length > 0) changed.push({ row: name, fields });
  }
  return {
    kind,
    added: [...now.keys()].filter((name) => !old.has(name)),
    removed: [...old.keys()].filter((name) => !now.has(name)),
    changed,
  };
}

function fieldChanges(before: Row, after: Row): FieldChange[] {
  const fields: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    const a: unknown = (before as Record<string, unknown>)[field];
    const b: unknown = (after as Record<string, unknown>)[field];
    if (Array.isArray(a) || Array.isArray(b)) {
      const [was, is] = [(a ?? []) as string[], (b ?? []) as string[]];
      const added = is.filter((v) => !was.includes(v));
      const removed = was.filter((v) => !is.includes(v));
      if (added.length + removed.length > 0) fields.push({ field, added, removed });
    } else if (a !== b) {
      fields.push({ field, before: a === undefined ? '' : String(a), after: b === undefined ? '' : String(b) });
    }
  }
  return fields;
}

/** The words a list's redline is told in (src/lib/i18n). */
export interface ListChangeWords {
  collectedList: string;
  sharedList: string;
  yes: string;
  no: string;
  listFields: Record<string, string>;
  listAdded: (names: string[]) => string;
  listRemoved: (names: string[]) => string;
  listField: (row: string, field: string) => string;
  quoted: (text: string) => string;
}

/**
 * Each changed list as a title and one readable line per change, in words rather than colours alone;
 * row names are quoted, since a name may itself be a list (姓名、电话号码).
 */
export function describeListChanges(
  changes: readonly ListChange[],
  t: ListChangeWords,
): { title: string; lines: string[] }[] {
  const value = (v: string) => (v === 'true' ? t.yes : v === 'false' ? t.no : v === '' ? '—' : t.quoted(v));
  return changes.map((change) => ({
    title: change.kind === 'collected' ? t.collectedList : t.sharedList,
    lines: [
      ...(change.added.length > 0 ? [t.listAdded(change.added.map(t.quoted))] : []),
      ...(change.removed.length > 0 ? [t.listRemoved(change.removed.map(t.quoted))] : []),
      ...change.changed.flatMap(({ row, fields }) =>
        fields.map((f) => {
          const what = t.listField(t.quoted(row), t.listFields[f.field] ?? f.field);
          return 'added' in f
            ? `${what}${[...f.added.map((v) => `+${v}`), ...f.removed.map((v) => `−${v}`)].join(' ')}`
            : `${what}${value(f.before)} → ${value(f.after)}`;
        }),
      ),
    ],
  }));
}
