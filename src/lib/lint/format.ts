import { location, type Problem } from '../problem.ts';

export type Format = 'text' | 'json' | 'github';
export const formats: readonly Format[] = ['text', 'json', 'github'];

/** Problems per rule id, errors and warnings apart. */
export function countByRule(problems: readonly Problem[]): Record<string, { errors: number; warnings: number }> {
  const counts: Record<string, { errors: number; warnings: number }> = {};
  for (const p of problems) {
    const c = (counts[p.rule] ??= { errors: 0, warnings: 0 });
    if (p.severity === 'error') c.errors++;
    else c.warnings++;
  }
  return counts;
}

/**
 * Renders lint results. `filePrefix` is the content folder as seen from the working directory, so
 * GitHub can place annotations on the right files.
 */
export function formatLint(problems: readonly Problem[], format: Format, filePrefix: string): string {
  if (format === 'json')
    return JSON.stringify({ problems, counts: countByRule(problems), ...totals(problems) }, null, 2) + '\n';
  if (format === 'github') return problems.map((p) => annotation(p, filePrefix)).join('');
  return text(problems, filePrefix);
}

function totals(problems: readonly Problem[]) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** ESLint-style: problems grouped under their file, the fix under each, then a count per rule. */
function text(problems: readonly Problem[], prefix: string): string {
  if (problems.length === 0) return 'No problems found.\n';
  const lines: string[] = [];
  const files = [...new Set(problems.map((p) => p.file))];
  for (const file of files) {
    const mine = problems.filter((x) => x.file === file);
    const where = mine.map((p) => (p.line === undefined ? '' : location({ ...p, file: '' }).slice(1)));
    const width = Math.max(...where.map((w) => w.length));
    lines.push(`${prefix}${file}`);
    const column = (text: string) => (width > 0 ? `${text.padEnd(width)}  ` : '');
    mine.forEach((p, i) => {
      lines.push(
        `  ${column(where[i] ?? '')}${p.severity.padEnd(7)}  ${p.message}  ${p.rule}`,
        `  ${column('')}${''.padEnd(7)}  Fix: ${p.hint}`,
      );
    });
    lines.push('');
  }
  const { errors, warnings } = totals(problems);
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}:`);
  for (const [rule, c] of Object.entries(countByRule(problems)).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `  ${rule.padEnd(18)} ${[c.errors ? plural(c.errors, 'error') : '', c.warnings ? plural(c.warnings, 'warning') : ''].filter(Boolean).join(', ')}`,
    );
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A GitHub Actions workflow command; see "Workflow commands for GitHub Actions", `::error`. */
function annotation(p: Problem, prefix: string): string {
  const props = [`file=${escapeProperty(prefix + p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.rule)}`);
  return `::${p.severity} ${props.join(',')}::${escapeData(`${p.message} Fix: ${p.hint}`)}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
