import { diffBlocks } from './diff.ts';
import type { Block, Segment } from './model.ts';

/** One key point in the redline of two versions' key points. */
export interface KeyPointChange {
  status: 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';
  /** The point word by word: `equal` in both versions, `ins` only in the new one, `del` only in the old. */
  segments: Segment[];
}

const asBlocks = (points: readonly string[]): Block[] => points.map((text) => ({ kind: 'item', text, section: [] }));

/**
 * The key points of two versions redlined like their texts (the same block diff, so an edited point
 * shows its words, a reordered one moves): the new version's points in order, removed ones where
 * they stood. Undefined when neither version has key points or they are the same.
 */
export function keyPointsRedline(
  before: readonly string[],
  after: readonly string[],
  locale: string,
): KeyPointChange[] | undefined {
  if (before.length === 0 && after.length === 0) return undefined;
  const model = diffBlocks(asBlocks(before), asBlocks(after), { locale });
  if (model.identical) return undefined;
  return model.entries.flatMap((entry): KeyPointChange[] => {
    switch (entry.status) {
      case 'unchanged':
        return [{ status: 'unchanged', segments: [{ op: 'equal', text: entry.after }] }];
      case 'changed':
        return [{ status: 'changed', segments: entry.segments }];
      case 'added':
        return [{ status: 'added', segments: [{ op: 'ins', text: entry.after }] }];
      case 'removed':
        return [{ status: 'removed', segments: [{ op: 'del', text: entry.before }] }];
      case 'moved-to':
        return [{ status: 'moved', segments: entry.edit?.segments ?? [{ op: 'equal', text: entry.after }] }];
      case 'moved-from':
        return [];
    }
  });
}
