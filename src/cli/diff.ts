import { relative } from 'node:path';
import { loadCatalog, publicOrigin } from '../lib/build/load.ts';
import { readSettings } from '../lib/build/settings.ts';
import { changedFiles } from '../lib/git/changed-files.ts';
import { formatMarkdown } from '../lib/redline-report/format-markdown.ts';
import { formatText } from '../lib/redline-report/format-text.ts';
import { report } from '../lib/redline-report/report.ts';
import {
  compareChanged,
  compareDates,
  findPolicy,
  SelectionError,
  type Comparison,
} from '../lib/redline-report/select.ts';
import { makeUrls } from '../lib/routes/urls.ts';
import { ContentError } from '../lib/problem.ts';
import { isRealDate } from '../schemas/real-date.ts';
import { commonOptions, contentDir, optionsHelp, parse, UsageError, type Command } from './args.ts';

const options = {
  ...commonOptions,
  format: { type: 'string', default: 'text' },
  since: { type: 'string' },
  color: { type: 'string', default: 'auto' },
} as const;

const formats = ['text', 'markdown', 'json'] as const;
const colors = ['auto', 'always', 'never'] as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'show the redline of changed versions, or of any two versions',
  help: `Usage: privacy-center diff [<brand>/<policy> [<from>] [<to>]] [options]

Shows what changed between versions of a policy, word by word, each change under its headings,
with the version's summary, whether it is material, the counts and its page on the site.

  diff                          every version new or changed in the working tree (against HEAD,
                                or --since), each against the version before it
  diff beiye/privacy            the same, for one policy
  diff beiye/privacy 2024-05-01 that version against the one before it
  diff beiye/privacy 2023-01-01 2024-05-01
                                any two versions, older first

A version changes with its text, its translations and the lists beside it; a translation is
compared with the translation before it. Needs git for the first two forms.

${optionsHelp([
  ['--since <ref>', 'compare what changed since this commit, e.g. origin/main (default: HEAD)'],
  [
    '--format text|markdown|json',
    'text for a terminal (default); markdown for a pull-request comment; json for scripts',
  ],
  [
    '--color auto|always|never',
    'text only: deletions red and struck through, insertions green and underlined (auto: on a\nterminal, unless NO_COLOR is set); without colour, [-deleted-] and {+inserted+}',
  ],
])}

Exit codes: 0 shown (also when nothing changed), 1 the content has errors, 2 usage, or git failed.`,
  run(argv, io) {
    const { values, positionals } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    const format = values.format as (typeof formats)[number];
    if (!formats.includes(format))
      throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}".`);
    const color = values.color as (typeof colors)[number];
    if (!colors.includes(color))
      throw new UsageError(`--color must be one of ${colors.join(', ')}, not "${values.color}".`);
    const [ref, ...dates] = positionals;
    if (ref !== undefined && !/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/.test(ref))
      throw new UsageError(`"${ref}" is not <brand>/<policy>, e.g. beiye/privacy.`);
    if (dates.length > 2) throw new UsageError('diff takes at most two dates: <from> <to>.');
    const wrong = dates.find((d) => !isRealDate(d));
    if (wrong !== undefined) throw new UsageError(`"${wrong}" is not a date in the form YYYY-MM-DD.`);
    if (dates.length > 0 && values.since !== undefined)
      throw new UsageError('--since picks the changed versions; leave it out when naming dates.');

    const dir = contentDir(values.content, io);
    const settings = readSettings(io.env, dir);
    let catalog;
    try {
      catalog = loadCatalog({ ...settings.options, contentDir: dir });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      io.err(`${error.message}\nRun privacy-center lint for every problem with its fix.\n`);
      return 1;
    }
    let comparisons: Comparison[];
    try {
      const policy = ref === undefined ? undefined : findPolicy(catalog, ref);
      if (policy !== undefined && dates.length > 0) comparisons = [compareDates(catalog, policy, dates)];
      else {
        const since = values.since ?? 'HEAD';
        comparisons = compareChanged(catalog, gitChanges(dir, since), policy);
        if (comparisons.length === 0 && format === 'text')
          io.err(
            `No version${ref ? ` of ${ref}` : ''} is new or changed in ${relative(io.cwd, dir) || '.'} since ${since}. Name dates to compare others: privacy-center diff <brand>/<policy> <from> <to>.\n`,
          );
      }
    } catch (error) {
      if (error instanceof SelectionError) throw new UsageError(error.message);
      throw error;
    }
    // The addresses the build gives the pages: a brand's own center (site.yaml's brand) is at /.
    const mounted = settings.options.brand ?? catalog.site.brand;
    const origin = new URL(publicOrigin(settings.options, catalog, mounted));
    const urls = makeUrls({ brand: mounted }, catalog.locale);
    const url = ({ brand, policy, locale, from, to }: Comparison) => {
      const at = { id: brand.id, locale: brand.locale };
      const path = from
        ? urls.changes(at, policy.id, from.date, to.date, locale)
        : urls.version(at, policy.id, to.date, locale);
      return new URL(path, origin).href;
    };
    const reports = comparisons.map((c) => report(c, url));
    if (format === 'json') io.out(`${JSON.stringify({ reports }, null, 2)}\n`);
    else if (format === 'markdown') io.out(formatMarkdown(reports));
    else {
      const useColor = color === 'always' || (color === 'auto' && io.outIsTTY === true && !io.env['NO_COLOR']);
      if (reports.length > 0) io.out(`${formatText(reports, useColor)}\n`);
    }
    return 0;
  },
};

/** The changed files under `dir`, or a usage error that says how to do without git. */
function gitChanges(dir: string, since: string): string[] {
  try {
    return changedFiles(dir, since);
  } catch (error) {
    throw new UsageError(
      `Finding the changed versions needs git: ${error instanceof Error ? error.message : String(error)} To compare versions without git, name them: privacy-center diff <brand>/<policy> <from> <to>.`,
    );
  }
}
