import { existsSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentTree } from '../lib/content/entries.ts';
import { brandsToBuild } from '../lib/git/changed-brands.ts';
import { changedFiles, repositoryRoot } from '../lib/git/changed-files.ts';
import { commonOptions, contentDir, optionsHelp, parse, UsageError, type Command } from './args.ts';

const options = {
  ...commonOptions,
  since: { type: 'string' },
  all: { type: 'boolean' },
  format: { type: 'string', default: 'text' },
} as const;

export const changedCommand: Command = {
  name: 'changed',
  summary: 'list the brands whose sites a change calls for building again',
  help: `Usage: privacy-center changed [--since <ref> | --all] [--format text|json]

Lists the brands whose files (brands/<brand>/…) differ from a commit in the working tree:
committed since, staged, edited or new. A change to anything else that goes into a build (the
code, its packages and settings, site.yaml, the search vocabulary, checklists) calls for every
brand; prose outside the content folder (*.md) for none. CI builds the listed brands' shards and
reuses the others'.

${optionsHelp([
  ['--since <ref>', 'the commit to compare with, e.g. origin/main or the last deployed commit (default: HEAD)'],
  ['--all', 'list every brand, as for a scheduled rebuild (no git needed)'],
  [
    '--format text|json',
    'text: one brand per line (every brand when all are called for); json: { all, because,\nbrands, removed } for a CI matrix',
  ],
])}

Exit codes: 0 listed (also when none), 2 usage, or git failed.`,
  run(argv, io) {
    const { values, positionals } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`changed takes no arguments (got "${positionals[0]}").`);
    if (values.format !== 'text' && values.format !== 'json')
      throw new UsageError(`--format must be text or json, not "${values.format}".`);
    const dir = contentDir(values.content, io);
    if (values.all) {
      if (values.since !== undefined) throw new UsageError('--all lists every brand: leave --since out.');
      const brands = brandIds(dir);
      io.out(
        values.format === 'json'
          ? `${JSON.stringify({ all: true, because: '--all', brands, removed: [] })}\n`
          : brands.map((b) => `${b}\n`).join(''),
      );
      return 0;
    }
    const since = values.since ?? 'HEAD';
    let files: string[];
    let root: string;
    try {
      root = repositoryRoot(dir);
      files = changedFiles(root, since);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const content = relative(realpathSync(root), realpathSync(dir)).split(sep).join('/');
    const existing = brandIds(dir);
    const wanted = brandsToBuild(files, content);
    const listed = wanted.all ? existing : wanted.brands.filter((b) => existing.includes(b));
    const removed = wanted.all ? [] : wanted.brands.filter((b) => !existing.includes(b));
    if (values.format === 'json') {
      io.out(
        `${JSON.stringify({ all: wanted.all, because: wanted.all ? wanted.because : null, brands: listed, removed })}\n`,
      );
      return 0;
    }
    if (wanted.all) io.err(`Every brand: ${wanted.because} changed since ${since}.\n`);
    for (const brand of removed) io.err(`Removed since ${since}: ${brand}.\n`);
    io.out(listed.map((b) => `${b}\n`).join(''));
    return 0;
  },
};

/** The brands of the content folder: its brands/ folders, as the build reads them (links checked). */
function brandIds(dir: string): string[] {
  const brands = join(dir, 'brands');
  if (!existsSync(brands)) return [];
  return new ContentTree(dir, [])
    .list(brands)
    .filter((e) => e.kind === 'folder')
    .map((e) => e.name);
}
