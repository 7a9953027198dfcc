import type { Messages } from '../i18n/index.ts';
import type { RedlineLabels } from './redline-html.ts';

/** The redline's words in the page's language. */
export function redlineLabels(t: Messages): RedlineLabels {
  return {
    inserted: t.rlInserted,
    deleted: t.rlDeleted,
    insertedEnd: t.rlEnd,
    added: t.rlAdded,
    removed: t.rlRemoved,
    changed: t.rlChanged,
    movedFrom: t.rlMovedFrom,
    movedTo: t.rlMovedTo,
    showUnchanged: t.rlShowUnchanged,
    nextChange: t.rlNext,
    previousChange: t.rlPrevious,
    before: t.compareFrom,
    after: t.compareTo,
  };
}
