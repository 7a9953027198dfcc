import { cachedDiffs, type Redlines } from '../diff/cache.ts';
import { diffBlocks } from '../diff/diff.ts';
import type { DiffModel, DiffStats, EntryStatus, Segment, SectionChange } from '../diff/model.ts';
import type { Comparison } from './select.ts';

/** One changed passage of a redline: where it is and what changed in it, word by word. */
export interface Change {
  /** The headings it sits under, outermost first (in the version it is shown from). */
  section: string[];
  status: Exclude<EntryStatus, 'unchanged'>;
  /** The passage as runs of kept, deleted and inserted text. */
  segments: Segment[];
}

/** What the diff command reports of one comparison. */
export interface Report {
  brand: string;
  policy: string;
  title: string;
  locale: string;
  /** Effective date of the older version; undefined for a policy's first version. */
  from: string | undefined;
  to: string;
  material: boolean;
  summary: string | undefined;
  /** The redline's page on the site, or the new version's page for a first version. */
  url: string;
  stats: DiffStats;
  sections: SectionChange[];
  changes: Change[];
}

/**
 * The report of a comparison: the same redline the site shows (`redlines`), with the passages that
 * changed in reading order. `url` gives the site's address of a page.
 */
export function report(
  comparison: Comparison,
  url: (c: Comparison) => string,
  redlines: Redlines = cachedDiffs(undefined),
): Report {
  const { from, to, version } = comparison;
  const model: DiffModel = from ? redlines.model(from, to) : diffBlocks([], to.text.blocks, { locale: to.locale });
  return {
    brand: comparison.brand.id,
    policy: comparison.policy.id,
    title: to.data.title,
    locale: comparison.locale,
    from: from?.date,
    to: to.date,
    material: version.data.material,
    summary: to.data.summary ?? version.data.summary,
    url: url(comparison),
    stats: model.stats,
    sections: model.sections.filter((s) => s.status !== 'unchanged'),
    changes: changesOf(model),
  };
}

function changesOf(model: DiffModel): Change[] {
  return model.entries.flatMap((entry): Change[] => {
    const section = entry.section;
    switch (entry.status) {
      case 'unchanged':
        return [];
      case 'changed':
        return [{ section, status: entry.status, segments: entry.segments }];
      case 'added':
        return [{ section, status: entry.status, segments: [{ op: 'ins', text: entry.after }] }];
      case 'removed':
        return [{ section, status: entry.status, segments: [{ op: 'del', text: entry.before }] }];
      case 'moved-from':
        return [{ section, status: entry.status, segments: [{ op: 'equal', text: entry.before }] }];
      case 'moved-to':
        return [
          { section, status: entry.status, segments: entry.edit?.segments ?? [{ op: 'equal', text: entry.after }] },
        ];
    }
  });
}

/** The counts of a report in one line: sections, passages and characters. */
export function countsLine(r: Report): string {
  const s = r.stats;
  const parts = (pairs: [number, string][]) =>
    pairs
      .filter(([n]) => n > 0)
      .map(([n, word]) => `${n} ${word}`)
      .join(', ');
  const sections = parts([
    [s.sectionsChanged, 'changed'],
    [s.sectionsAdded, 'added'],
    [s.sectionsRemoved, 'removed'],
    [s.sectionsMoved, 'moved'],
  ]);
  const passages = parts([
    [s.blocksChanged, 'changed'],
    [s.blocksAdded, 'added'],
    [s.blocksRemoved, 'removed'],
    [s.blocksMoved, 'moved'],
  ]);
  return [
    sections && `sections: ${sections}`,
    passages && `passages: ${passages}`,
    `characters: +${s.inserted} −${s.deleted}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** How a passage's change is named beside it. */
export const STATUS_LABEL: Record<Change['status'], string> = {
  changed: 'changed',
  added: 'added',
  removed: 'removed',
  'moved-from': 'moved away from here',
  'moved-to': 'moved here',
};
