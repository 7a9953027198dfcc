import type { Element, Root } from 'hast';
import { textOf } from './glossary.ts';

/*
 * Chinese policies number their list items in the text (1、 (1) （一） 一、 a …), often inside a
 * Markdown bullet list. A bullet in front of a written number marks the item twice, so a bullet
 * list whose every item starts with a number of its own shows those numbers alone.
 */

/** A number written at the start of an item: (1) （一） 1、 1. 一、 a) ①. */
const WRITTEN =
  /^\s*(?:[(（][\p{N}一二三四五六七八九十]+[)）]|[\p{N}一二三四五六七八九十]+[、.．)）]|[a-z][.)、]|[①-⑳])/iu;
/** A letter and a space (a 您在……), a number only in a list that starts at a or A. */
const LETTER = /^\s*([a-z])\s/i;

/** Whether every item of a list starts with a number of its own. */
export function writesOwnNumbers(items: readonly string[]): boolean {
  if (items.length === 0) return false;
  if (items.every((item) => WRITTEN.test(item))) return true;
  const letters = items.map((item) => LETTER.exec(item)?.[1]?.toLowerCase());
  return letters.every((letter, i) => letter === String.fromCharCode(97 + i));
}

/** Marks each bullet list whose items number themselves with the class `numbered` (no bullets). */
export function markNumberedLists(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'ul') {
      const items = child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
      if (writesOwnNumbers(items.map(textOf))) child.properties['className'] = ['numbered'];
    }
    markNumberedLists(child);
  }
}
