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
    movedHere: t.rlMovedHere,
    movedAway: t.rlMovedAway,
    movedEdited: t.rlMovedEdited,
    movedIn: t.rlMovedIn,
    movedOut: t.rlMovedOut,
    punctuationOnly: t.rlPunctuationOnly,
    whitespaceOnly: t.rlWhitespaceOnly,
    showUnchanged: t.rlShowUnchanged,
    hideUnchanged: t.rlHideUnchanged,
    section: t.rlSection,
    start: t.rlStart,
    inSection: t.rlInSection,
    afterSection: t.rlAfterSection,
    space: t.rlSpace,
    nextChange: t.rlNext,
    previousChange: t.rlPrevious,
    before: t.compareFrom,
    after: t.compareTo,
  };
}
