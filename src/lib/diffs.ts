import type { Block, DiffModel } from './diff-model.ts';
import type { VersionRecord } from './content.ts';
import { parseBlocks } from './blocks.ts';
import { normalise } from './normalise.ts';
import { diffBlocks } from './diff.ts';

/**
 * Blocks and diffs of version files, computed once per build: the history page, the change page
 * and the compare data all ask for the same pairs. Keyed by content hash, so identical texts share.
 */
const blocks = new Map<string, Block[]>();
const diffs = new Map<string, DiffModel>();

export function versionBlocks(text: VersionRecord): Block[] {
  let found = blocks.get(text.sha256);
  if (!found) {
    found = parseBlocks(normalise(text.source));
    blocks.set(text.sha256, found);
  }
  return found;
}

export function diffTexts(from: VersionRecord, to: VersionRecord): DiffModel {
  const key = `${from.sha256}:${to.sha256}`;
  let found = diffs.get(key);
  if (!found) {
    found = diffBlocks(versionBlocks(from), versionBlocks(to), { locale: to.locale });
    diffs.set(key, found);
  }
  return found;
}
