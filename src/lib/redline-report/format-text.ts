import type { Segment } from '../diff/model.ts';
import { countsLine, STATUS_LABEL, type Report } from './report.ts';

/** ANSI styles: deletions red and struck through, insertions green and underlined, headings bold. */
const STYLE = { del: ['\x1b[31;9m', '\x1b[0m'], ins: ['\x1b[32;4m', '\x1b[0m'], head: ['\x1b[1m', '\x1b[0m'] };
/** Without colour, the marks of `git diff --word-diff`, so a change never rests on colour alone. */
const PLAIN = { del: ['[-', '-]'], ins: ['{+', '+}'], head: ['', ''] };

/**
 * Redlines for a terminal: per comparison a title, the change's summary and counts, then every
 * changed passage under its headings. `color` uses ANSI styles, otherwise word-diff marks.
 */
export function formatText(reports: readonly Report[], color: boolean): string {
  const style = color ? STYLE : PLAIN;
  const wrap = (kind: keyof typeof STYLE, text: string) => `${style[kind][0]}${text}${style[kind][1]}`;
  const run = ({ op, text }: Segment) => (op === 'equal' ? text : wrap(op, text));
  return reports
    .map((r) => {
      const lines = [
        wrap('head', `${r.brand}/${r.policy} ${r.title} (${r.locale}): ${r.from ?? 'first version'} → ${r.to}`),
        ...(r.material ? ['Material change: visitors may need to agree again.'] : []),
        ...(r.summary ? [`Summary: ${r.summary}`] : []),
        countsLine(r),
        r.url,
      ];
      let heading = '';
      for (const change of r.changes) {
        const path = change.section.join(' › ');
        if (path !== heading) lines.push('', wrap('head', `§ ${path || '(before the first heading)'}`));
        heading = path;
        const label = change.status === 'changed' ? '' : `(${STATUS_LABEL[change.status]}) `;
        lines.push(`  ${label}${change.segments.map(run).join('')}`);
      }
      if (r.changes.length === 0) lines.push('', 'The texts are the same.');
      return lines.join('\n');
    })
    .join('\n\n');
}
