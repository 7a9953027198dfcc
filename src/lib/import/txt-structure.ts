import type { Heading, List, Root, RootContent } from 'mdast';
import type { Line } from './txt-junk.ts';
import { hasSentencePunctuation, isHeadingLike, isNextSibling, listItemText, markerOf } from './txt-markers.ts';

interface Entry {
  text: string;
  /** Alone between blank lines, as titles of unnumbered sections are. */
  alone: boolean;
}

/**
 * Builds Markdown structure from logical lines: numbered section titles become headings (depth by
 * numbering rank), other numbered or bulleted lines list items that keep their numbers, the rest
 * paragraphs.
 */
export function structure(blocks: Line[][]): Root {
  const entries: Entry[] = blocks.flatMap((block) => block.map((l) => ({ text: l.text, alone: block.length === 1 })));
  const ranks: (number | undefined)[] = [];
  entries.forEach((e, i) =>
    ranks.push(headingRank(e, entries[i + 1], ranks[i - 1] === undefined ? entries[i - 1] : undefined)),
  );
  const used = [...new Set(ranks.filter((r): r is number => r !== undefined && r >= 0))].sort((a, b) => a - b);
  const children: RootContent[] = [];
  let lastHeading: { depth: number; marked: boolean } | undefined;
  entries.forEach((e, i) => {
    const rank = ranks[i];
    if (rank !== undefined) {
      // An unnumbered title sits under the numbered one before it ("7.…的后果", then "不实提供的后果").
      const depth =
        rank >= 0 ? 2 + used.indexOf(rank) : lastHeading ? lastHeading.depth + (lastHeading.marked ? 1 : 0) : 2;
      lastHeading = { depth, marked: rank >= 0 };
      children.push({
        type: 'heading',
        depth: Math.min(6, depth) as Heading['depth'],
        children: [{ type: 'text', value: e.text.replace(/^(\S+?、)\s+/, '$1') }],
      });
      return;
    }
    const item = listItemText(e.text) ?? (markerOf(e.text) ? e.text : undefined);
    if (item === undefined) {
      children.push({ type: 'paragraph', children: [{ type: 'text', value: e.text }] });
      return;
    }
    const last = children.at(-1);
    const list: List = last?.type === 'list' ? last : { type: 'list', ordered: false, spread: false, children: [] };
    if (list !== last) children.push(list);
    list.children.push({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
    });
  });
  return { type: 'root', children };
}

/**
 * The numbering rank when the entry is a section title, -1 for an unnumbered title, undefined
 * otherwise. A numbered line next to its sibling (the next number straight after it, or the number
 * before it as an item just above) has nothing under it: it is an item of a list or of a table of
 * contents, not a title.
 */
function headingRank(entry: Entry, next: Entry | undefined, previousItem: Entry | undefined): number | undefined {
  if (!next) return undefined;
  const marker = markerOf(entry.text);
  if (marker) {
    const after = markerOf(next.text);
    const before = previousItem && markerOf(previousItem.text);
    const listed = (after && isNextSibling(marker, after)) || (before && isNextSibling(before, marker));
    return isHeadingLike(entry.text) && !listed ? marker.rank : undefined;
  }
  const short = [...entry.text].length <= 20 && !/^\d/.test(entry.text);
  return entry.alone && short && !hasSentencePunctuation(entry.text) && listItemText(entry.text) === undefined
    ? -1
    : undefined;
}
