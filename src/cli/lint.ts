import { isAbsolute, relative } from 'node:path';
import { formatLint, formats, type Format } from '../lib/lint/format.ts';
import { lintContent, rules } from '../lib/lint/lint.ts';
import { commonOptions, contentDir, optionsHelp, parse, UsageError, type Command } from './args.ts';

const options = {
  ...commonOptions,
  format: { type: 'string', default: 'text' },
} as const;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check the whole content folder and suggest fixes',
  help: `Usage: privacy-center lint [--format text|json|github] [--content <dir>]

Checks every brand, policy and version. Each problem names the file, line and column, the rule,
what is wrong and a suggested fix. Errors stop the build; warnings are for the editor to judge.

Rules:
${rules.map((r) => `  ${r.id.padEnd(18)} ${r.description}`).join('\n')}
  (schema and versions report the build's own rule ids, e.g. yaml, date, summary, contrast)

${optionsHelp([['--format text|json|github', 'text grouped by file (default), JSON, or GitHub Actions annotations']])}

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage.`,
  run(argv, io) {
    const { values, positionals } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    if (positionals.length > 0)
      throw new UsageError(
        `lint takes no arguments (got "${positionals.join(' ')}"); use --content <dir> for another folder.`,
      );
    const format = values.format as Format;
    if (!formats.includes(format))
      throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}".`);
    const dir = contentDir(values.content, io);
    const problems = lintContent(dir, io.env);
    const shown = relative(io.cwd, dir);
    const prefix = shown === '' ? '' : `${shown.startsWith('..') || isAbsolute(shown) ? dir : shown}/`;
    io.out(formatLint(problems, format, prefix));
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};
