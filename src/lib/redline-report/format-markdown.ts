import type { Segment } from '../diff/model.ts';
import { countsLine, STATUS_LABEL, type Report } from './report.ts';

/**
 * Redlines as Markdown for a pull-request comment: per comparison a heading, the material flag,
 * the summary, the counts and links, then every changed passage under its headings, deletions
 * struck through (<del>) and insertions underlined (<ins>). Policy text is escaped: nothing in it
 * becomes markup, a link or a mention.
 */
export function formatMarkdown(reports: readonly Report[]): string {
  if (reports.length === 0) return 'No policy version changed.\n';
  return `${reports.map(section).join('\n\n')}\n`;
}

function section(r: Report): string {
  const out = [
    `### ${escape(`${r.title} (${r.brand}/${r.policy}, ${r.locale})`)}: ${r.from ?? 'first version'} → ${r.to}`,
    '',
  ];
  if (r.material) out.push('> **Material change**: visitors may need to agree again.', '');
  if (r.summary) out.push(`**Summary:** ${escape(r.summary)}`, '');
  out.push(`${escape(countsLine(r))} · [${r.from ? 'Redline on the site' : 'The version on the site'}](${r.url})`);
  let heading: string | undefined;
  for (const change of r.changes) {
    const path = change.section.join(' › ');
    if (path !== heading) out.push('', `#### ${escape(path || '(before the first heading)')}`, '');
    heading = path;
    const label = change.status === 'changed' ? '' : `*(${STATUS_LABEL[change.status]})* `;
    out.push(`- ${label}${change.segments.map(run).join('')}`);
  }
  if (r.changes.length === 0) out.push('', 'The texts are the same.');
  return out.join('\n');
}

function run({ op, text }: Segment): string {
  const shown = escape(text).replace(/\n/g, '<br>');
  return op === 'equal' ? shown : `<${op}>${shown}</${op}>`;
}

/** Text as Markdown shows it literally: HTML and Markdown punctuation escaped, @mentions broken. */
export function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}()#+|~!]/g, '\\$&')
    .replace(/@/g, '@\u200b')
    .replace(/^(\s*)([-=])/gm, '$1\\$2');
}
