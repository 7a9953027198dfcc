import type { Locale } from '../../../schemas/brand.ts';
import { SITE_FILE, type ContentRecords, type VersionRecord } from '../../content/read.ts';
import { lineOfMatch, type Problem } from '../../problem.ts';
import { bodyLines, warning } from '../body.ts';
import type { Rule } from '../types.ts';

/** How `privacy-center init`'s policy template marks each passage the company writes itself. */
export const TEMPLATE_MARKS: Record<Locale, string> = { 'zh-CN': '【待填写】', en: '[To fill in]' };

/** The banner `privacy-center init` gives a new center until it is published (site.yaml's `notice`). */
export const DRAFT_NOTICE: Record<Locale, string> = {
  'zh-CN': '草稿：本隐私中心尚未发布，内容仅供审阅。',
  en: 'Draft: this privacy center is not published yet; its content is for review.',
};

/**
 * Template passages left in a policy text: the site builds with them (so a new center
 * can be previewed at once), and lint says where they are until each is replaced.
 */
export const templateTextRule: Rule = {
  id: 'template-text',
  description: `passages of the init template (${Object.values(TEMPLATE_MARKS).join(', ')}) not yet replaced, and its draft banner`,
  check: ({ records }) => [...draftNotice(records), ...records.versions.flatMap(checkVersion)],
};

/** init's draft banner, still in site.yaml. */
export function draftNotice(records: Pick<ContentRecords, 'site' | 'siteSource'>): Problem[] {
  const notice = records.site.notice;
  const texts = notice === undefined ? [] : typeof notice === 'string' ? [notice] : Object.values(notice);
  if (!texts.some((t) => Object.values(DRAFT_NOTICE).includes(t))) return [];
  return [
    warning(
      'template-text',
      SITE_FILE,
      "The site still shows init's draft banner on every page.",
      'Remove "notice" from site.yaml when the center is ready to publish (or write a notice of your own).',
      { line: records.siteSource === undefined ? undefined : lineOfMatch(records.siteSource, /^notice:/m) },
    ),
  ];
}

export function checkVersion(version: VersionRecord): Problem[] {
  const marks = Object.values(TEMPLATE_MARKS);
  const lines = bodyLines(version).filter(({ text }) => marks.some((m) => text.includes(m)));
  const first = lines[0];
  if (first === undefined) return [];
  return [
    warning(
      'template-text',
      version.file,
      `${lines.length} passage${lines.length === 1 ? ' is' : 's are'} still the template's (lines ${lines.map((l) => l.line).join(', ')}).`,
      "Replace each marked passage with the policy's own text before publishing.",
      { line: first.line },
    ),
  ];
}
