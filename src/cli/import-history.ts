import { existsSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { converterFor, supportedExtensions } from '../lib/import/convert.ts';
import { checkRepository, fileAt, fileHistory, pathAt } from '../lib/import/git.ts';
import { planHistory, type EffectiveFrom, type Revision } from '../lib/import/history.ts';
import { verifyPolicy } from '../lib/import/verify.ts';
import { brandStub, composeVersion, placeVersion } from '../lib/import/version-file.ts';
import { formatProblems, type Problem } from '../lib/problem.ts';
import { writeAllOrNothing } from '../lib/import/stage.ts';
import {
  commonOptions,
  contentDir,
  optionalLocale,
  optionsHelp,
  parse,
  requireId,
  UsageError,
  type Command,
  type Io,
} from './args.ts';
import { describeNotes } from './import.ts';
import { progress } from './progress.ts';

const options = {
  ...commonOptions,
  git: { type: 'string' },
  path: { type: 'string', multiple: true },
  brand: { type: 'string' },
  policy: { type: 'string' },
  'effective-from': { type: 'string', default: 'commit' },
  title: { type: 'string' },
  locale: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const importHistoryCommand: Command = {
  name: 'import-history',
  summary: "turn a file's git history into dated versions",
  help: `Usage: privacy-center import-history --git <repo> --path <file> [--path <former name> …] --brand <id> --policy <id> [options]

Walks the first-parent history of a policy file in a git repository (following the former names
given with more --path options) and writes one version per distinct text, converted like
"privacy-center import" converts a file of that type (${supportedExtensions.join(' ')}). Commits that
only change BOM, line endings or whitespace are skipped; of several revisions on one day the last
is kept. Each version after the first gets the summary "Imported from git commit <sha>: <subject>".

${optionsHelp([
  ['--git <repo>', 'the repository (work tree or bare)'],
  ['--path <file>', "the file's path in the repository; repeat for its former paths"],
  ['--brand <id>, --policy <id>', 'where the versions go'],
  [
    '--effective-from commit|text',
    'date versions by the commit date (default), or by the effective date\nthe text states (生效日期, 更新日期, "Effective …"), else the commit date',
  ],
  ['--title <text>', 'title for every version (default: the title found in each text)'],
  ['--locale <zh-CN|en>', 'locale of a new brand'],
  ['--force', 'replace version files that exist'],
])}

Exit codes: 0 written, 1 a converted text failed the MDX check (nothing written), 2 usage.`,
  run(argv, io) {
    const { values } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    if (values.git === undefined) throw new UsageError('--git <repo> is required.');
    const paths = values.path ?? [];
    if (paths.length === 0) throw new UsageError('--path <file> is required.');
    const brand = requireId(values.brand, '--brand');
    const policy = requireId(values.policy, '--policy');
    const from = values['effective-from'];
    if (from !== 'commit' && from !== 'text')
      throw new UsageError(`--effective-from must be "commit" or "text", not "${from}".`);
    const locale = optionalLocale(values.locale);
    const repo = resolve(io.cwd, values.git);
    try {
      checkRepository(repo);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const commits = fileHistory(repo, paths);
    if (commits.length === 0)
      throw new UsageError(`No commit on the first-parent history of ${repo} touches ${paths.join(' or ')}.`);

    const bar = progress(io, commits.length, 'reading commits');
    const revisions = commits.map((c, i): Revision => {
      bar(i + 1);
      const path = pathAt(repo, c.sha, paths);
      return { ...c, path: path ?? paths[0] ?? '', text: path === undefined ? undefined : fileAt(repo, c.sha, path) };
    });
    const plan = planHistory(revisions, from as EffectiveFrom);
    const target = {
      dir: contentDir(values.content, io),
      brand,
      policy,
      locale,
      title: values.title,
      force: values.force ?? false,
    };
    return write(
      plan,
      target,
      io,
      commits.map((c) => c.sha),
    );
  },
};

interface Target {
  dir: string;
  brand: string;
  policy: string;
  locale: 'zh-CN' | 'en' | undefined;
  title: string | undefined;
  force: boolean;
}

/** Converts and checks every planned version first, and writes only when all of them pass. */
function write(plan: ReturnType<typeof planHistory>, t: Target, io: Io, order: string[]): number {
  const problems: Problem[] = [];
  const files: { file: string; source: string; sha: string; date: string; subject: string; notes: string }[] = [];
  let title = t.title;
  for (const v of plan.versions) {
    const convert = converterFor(v.path);
    if (!convert)
      throw new UsageError(
        `Cannot import "${v.path}" (${extname(v.path) || 'no extension'}): the importer reads ${supportedExtensions.join(', ')} files.`,
      );
    const converted = convert(v.text);
    title = t.title ?? converted.title ?? title;
    if (title === undefined)
      throw new UsageError(`No title found in ${v.path} at ${v.sha.slice(0, 7)}; pass --title "…".`);
    const place = placeVersion(t.dir, t.brand, t.policy, v.effective, t.locale);
    const earlier = files.length > 0 || place.dates.some((d) => d < v.effective);
    const summary = earlier ? `Imported from git commit ${v.sha.slice(0, 7)}: ${v.subject}` : undefined;
    const { source, bodyLine } = composeVersion({ title, summary }, converted.body);
    problems.push(...verifyPolicy(converted.body, place.file, bodyLine));
    files.push({
      file: place.file,
      source,
      sha: v.sha,
      date: v.effective,
      subject: v.subject + (v.dateNote ? ` (${v.dateNote})` : ''),
      notes: describeNotes(converted, '    '),
    });
  }
  if (problems.length > 0) {
    io.err(
      formatProblems(problems, relative(io.cwd, t.dir) || '.').replace('nothing was published', 'nothing was written'),
    );
    return 1;
  }
  const existing = files.filter((f) => existsSync(join(t.dir, f.file)));
  if (existing.length > 0 && !t.force)
    throw new UsageError(
      `These versions exist already; pass --force to replace them:\n  ${existing.map((f) => f.file).join('\n  ')}`,
    );
  const brandFile = `brands/${t.brand}/brand.yaml`;
  const newBrand = !existsSync(join(t.dir, brandFile));
  const staged = files.map((f) => ({ file: f.file, source: f.source }));
  if (newBrand) staged.push({ file: brandFile, source: brandStub(t.brand, t.locale ?? 'zh-CN') });
  // All versions or none: a killed import never leaves a part of the history for a build to publish.
  writeAllOrNothing(t.dir, newBrand ? `brands/${t.brand}` : `brands/${t.brand}/${t.policy}`, staged);
  if (newBrand) {
    io.out(
      `Created ${brandFile} for the new brand "${t.brand}": set its name, legalName and colours before publishing.\n`,
    );
  }
  io.out(table(files, plan.skipped, order));
  return 0;
}

/** What was written and skipped, one row per commit in history order. */
function table(
  files: { file: string; sha: string; date: string; subject: string; notes: string }[],
  skipped: ReturnType<typeof planHistory>['skipped'],
  order: string[],
): string {
  const rows = [
    ...files.map((f) => ({
      sha: f.sha,
      date: f.date,
      action: 'wrote',
      what: `${f.file}  ${f.subject}`,
      notes: f.notes,
    })),
    ...skipped.map((s) => ({
      sha: s.revision.sha,
      date: s.revision.date,
      action: 'skipped',
      what: `${s.reason}  ${s.revision.subject}`,
      notes: '',
    })),
  ].sort((a, b) => order.indexOf(a.sha) - order.indexOf(b.sha));
  const lines = ['commit   date        action   version file or reason, commit subject'];
  for (const r of rows)
    lines.push(
      `${r.sha.slice(0, 7)}  ${r.date}  ${r.action.padEnd(7)}  ${r.what}`,
      ...(r.notes ? [r.notes.trimEnd()] : []),
    );
  lines.push(
    `${files.length} version${files.length === 1 ? '' : 's'} written, ${skipped.length} commit${skipped.length === 1 ? '' : 's'} skipped. Check them, then run: privacy-center lint`,
  );
  return `${lines.join('\n')}\n`;
}
