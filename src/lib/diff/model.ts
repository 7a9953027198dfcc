/**
 * Data shared by the build (which parses policies into blocks) and the browser
 * (which diffs blocks loaded from JSON). Types only, so both sides can import it.
 */

/** What a block was in the Markdown source. Table rows and list items are blocks of their own. */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'code' | 'other';

/** One unit of a policy version, the grain at which versions are aligned. */
export type Block = {
  kind: BlockKind;
  /** Heading level 1–6; only on headings. */
  depth?: number;
  /** Plain text without markup, on one line (code keeps its lines); table cells joined by ' | '. */
  text: string;
  /** Texts of the enclosing headings, outermost first; a heading includes itself. */
  section: string[];
};

/** A run of text inside a changed block. `equal` runs are in both versions, `del` only in the old, `ins` only in the new. */
export type Segment = { op: 'equal' | 'ins' | 'del'; text: string };

type EntryBase = {
  kind: BlockKind;
  depth?: number;
  /** Section path of the block in the version it is shown from: the new one, or the old one for `removed` and `moved-from`. */
  section: string[];
};

/**
 * One block of the redline, in reading order: the new version's blocks in order,
 * with the old version's removed blocks where they used to be. `before` is the
 * block's text in the old version, `after` in the new one, as given.
 *
 * - `unchanged`: the same text in both versions (differences in whitespace alone do not count).
 * - `changed`: an edited block; `segments` spell out both texts word by word (the
 *   `equal` and `del` segments join to `before`, the `equal` and `ins` ones to `after`).
 * - `added` / `removed`: a block only in the new / old version.
 * - `moved-from` / `moved-to`: a block whose text left one place and reappears elsewhere;
 *   both ends share a `moveId`, and blocks that moved together share one id. A block that was
 *   also edited on the way has `segments` at its new place, like a `changed` one.
 *
 * `trivial` marks an edit that only changes punctuation, or only spacing: visible, labelled, and
 * something a reader may choose to hide.
 */
export type DiffEntry = EntryBase &
  (
    | { status: 'unchanged'; before: string; after: string }
    | { status: 'changed'; before: string; after: string; segments: Segment[]; trivial: Trivial }
    | { status: 'removed'; before: string }
    | { status: 'added'; after: string }
    | { status: 'moved-from'; before: string; moveId: number }
    | {
        status: 'moved-to';
        after: string;
        moveId: number;
        edit: { before: string; segments: Segment[]; trivial: Trivial } | null;
      }
  );

/** What an edit touches when it is not the words: only punctuation, only spacing, or neither (null). */
export type Trivial = 'punctuation' | 'whitespace' | null;

export type EntryStatus = DiffEntry['status'];

/**
 * What happened to one top-level section. Top level is the shallowest heading level,
 * or the next one when the shallowest holds a single heading (a document title).
 * A section whose heading moved is `moved` even if its content was edited too.
 */
export type SectionChange = {
  /** Heading text (the new one when it was renamed), or '' for the blocks before the first heading. */
  section: string;
  status: 'unchanged' | 'added' | 'removed' | 'changed' | 'moved';
};

export type DiffStats = {
  /** Moves, each counted once however many blocks moved together. */
  moves: number;
  /** Characters (code points) in inserted words and added blocks; moved blocks do not count. */
  inserted: number;
  /** Characters (code points) in deleted words and removed blocks; moved blocks do not count. */
  deleted: number;
  blocksAdded: number;
  blocksRemoved: number;
  blocksChanged: number;
  /** Blocks that moved, counted once per block. */
  blocksMoved: number;
  sectionsAdded: number;
  sectionsRemoved: number;
  sectionsChanged: number;
  sectionsMoved: number;
};

/** The comparison of two versions of a policy. */
export type DiffModel = {
  entries: DiffEntry[];
  /** Top-level sections in the new version's order, removed ones where they used to be. */
  sections: SectionChange[];
  stats: DiffStats;
  /** True when every block is unchanged. */
  identical: boolean;
  /**
   * True when a stretch of the versions was too different to align exactly. Its
   * blocks were still matched cheaply: similar blocks in order became edits, and
   * blocks found in both versions count as moved even if they kept their place.
   */
  coarse: boolean;
};

export type DiffOptions = {
  /** BCP 47 language tag of the policy, for word segmentation (e.g. 'zh-CN', 'en'). */
  locale: string;
};
