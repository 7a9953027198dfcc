import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { dirname, join, relative, resolve } from 'node:path';
import type { Locale } from '../schemas/brand.ts';
import { messages } from '../lib/i18n/index.ts';
import { writeFileAtomic } from '../lib/edit/write-file.ts';
import { composeVersion } from '../lib/import/version-file.ts';
import { formatProblems, type Problem } from '../lib/problem.ts';
import { readContent, SITE_FILE } from '../lib/content/read.ts';
import { contentProblems } from '../lib/build/load.ts';
import { DRAFT_NOTICE, TEMPLATE_MARKS } from '../lib/lint/rules/template-text.ts';
import {
  commonOptions,
  contentDir,
  optionalLocale,
  optionsHelp,
  parse,
  requireDate,
  requireId,
  UsageError,
  type Command,
} from './args.ts';
import { describeNotes, readPolicyInput } from './import.ts';

const options = {
  brand: { type: 'string' },
  name: { type: 'string' },
  'legal-name': { type: 'string' },
  policy: { type: 'string' },
  effective: { type: 'string' },
  locale: { type: 'string' },
  from: { type: 'string' },
  title: { type: 'string' },
  force: { type: 'boolean' },
  ...commonOptions,
} as const;

const templates = join(import.meta.dirname, 'templates');

export const initCommand: Command = {
  name: 'init',
  summary: 'start a new content folder: site settings, a brand and its first policy',
  help: `Usage: privacy-center init [dir] [options]

Writes a new content folder (default: content/): site.yaml, brands/<brand>/brand.yaml and the
brand's first policy version, brands/<brand>/<policy>/<date>.mdx, from a template or converted
from an existing policy with --from. Then says what to fill in before publishing. Refuses a folder
that already holds files, unless --force.

${optionsHelp([
  ['--brand <id>', 'the brand folder, part of every URL (default: my-company)'],
  ['--name <text>', "the brand's display name (default: the id)"],
  ['--legal-name <text>', 'the legal entity that publishes the policies (default: the name)'],
  ['--locale <zh-CN|en>', 'the language of the site and the policy (default: zh-CN)'],
  ['--policy <id>', 'the policy folder (default: privacy)'],
  ['--effective <date>', 'the day the first version takes effect (default: today)'],
  ['--from <file>', 'convert this .txt, .md or .html policy instead of the template'],
  ['--title <text>', "the policy's title (default: the one found in --from, or the template's)"],
  ['--force', 'write into a folder that has files, replacing those init writes'],
])}

Exit codes: 0 written, 1 the --from file is not text or fails the check (nothing written), 2 usage.`,
  run(argv, io) {
    const { values, positionals } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError('init takes at most one folder.');
    const dir = positionals[0] === undefined ? contentDir(values.content, io) : resolve(io.cwd, positionals[0]);
    const shown = relative(io.cwd, dir) || '.';
    const brand = requireId(values.brand ?? 'my-company', '--brand');
    const policy = requireId(values.policy ?? 'privacy', '--policy');
    const date = requireDate(values.effective ?? new Date().toISOString().slice(0, 10), '--effective');
    const locale = optionalLocale(values.locale) ?? 'zh-CN';
    const name = oneLine(values.name, '--name') || brand;
    const legalName = oneLine(values['legal-name'], '--legal-name') || name;
    const title = values.title === undefined ? undefined : oneLine(values.title, '--title');
    if (title === '') throw new UsageError('--title must not be empty.');
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${shown} is a file, not a folder.`);
    const present = existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')) : [];
    if (present.length > 0 && !values.force)
      throw new UsageError(
        `${shown} already holds files (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}); init writes into an empty or new folder. Pass --force to write into it anyway (replacing the files init writes).`,
      );

    const versionFile = `brands/${brand}/${policy}/${date}.mdx`;
    const version = firstVersion({ name, legalName, locale, from: values.from, title }, io);
    if (version === undefined) return 1;

    const t = messages(locale);
    const words = {
      brand,
      name,
      legalName,
      locale,
      siteName: t.siteName,
      siteDescription: t.directoryIntro,
      notice: DRAFT_NOTICE[locale],
    };
    const files: [string, string][] = [
      [SITE_FILE, fill('site.yaml', yamlValues(words))],
      [`brands/${brand}/brand.yaml`, fill('brand.yaml', yamlValues(words))],
      [versionFile, version.source],
    ];
    const taken = files.filter(([file]) => existsSync(join(dir, file)) && !statSync(join(dir, file)).isFile());
    if (taken.length > 0)
      throw new UsageError(`${taken.map(([f]) => `${shown}/${f}`).join(', ')} is a folder; init writes a file there.`);
    // The files are read as the build reads them before any is written: what init writes builds.
    const problems = stagedProblems(files);
    if (problems.length > 0) {
      io.err(formatProblems(problems, shown).replace('nothing was published', 'nothing was written'));
      return 1;
    }
    for (const [file, text] of files) writeFileAtomic(join(dir, file), text, values.force);
    io.out(`Wrote a new content folder in ${shown}:\n${files.map(([f]) => `  ${f}\n`).join('')}`);
    if (version.notes) io.out(version.notes);
    io.out(`
Before publishing:
  1. ${shown}/brands/${brand}/brand.yaml: the brand's name, legalName, colours and contact.
  2. ${shown}/${versionFile}: ${values.from ? 'check the converted text' : `replace every "${TEMPLATE_MARKS[locale]}" passage with your policy's text`}.
  3. ${shown}/${SITE_FILE}: the public url, and remove the draft notice.
Then:
  privacy-center lint${shown === 'content' ? '' : ` --content ${shown}`}      lists what is still missing
  privacy-center dev${shown === 'content' ? '' : ` --content ${shown}`}       shows the site while you edit it
  privacy-center build${shown === 'content' ? '' : ` --content ${shown}`}     builds the site into dist/
`);
    return 0;
  },
};

/** The first version's file: the template in the site's language, or a converted policy. */
function firstVersion(
  choice: { name: string; legalName: string; locale: Locale; from: string | undefined; title: string | undefined },
  io: Parameters<Command['run']>[1],
): { source: string; notes: string } | undefined {
  if (choice.from === undefined) {
    const template = fill(
      `privacy.${choice.locale}.mdx`,
      mdxValues({ name: choice.name, legalName: choice.legalName }),
    );
    const title = choice.title;
    const source =
      title === undefined ? template : template.replace(/^title: .*$/m, () => `title: ${JSON.stringify(title)}`);
    return { source, notes: '' };
  }
  const converted = readPolicyInput(choice.from, io, 'init');
  if (converted === undefined) return undefined;
  const title = choice.title ?? converted.title ?? (choice.locale === 'en' ? 'Privacy Policy' : '隐私政策');
  // Checked with the other files before anything is written (stagedProblems).
  const { source } = composeVersion({ title }, converted.body);
  return { source, notes: describeNotes(converted) };
}

/** A name or title from the command line: one line of text (a line break would start a new block in the file). */
function oneLine(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new UsageError(`${option} must be one line of text, without line breaks or control characters.`);
  return value.trim();
}

/** Every error the build would report about these files, from a scratch copy read as the build reads content. */
function stagedProblems(files: [string, string][]): Problem[] {
  const scratch = mkdtempSync(join(tmpdir(), 'privacy-center-init-'));
  try {
    for (const [file, text] of files) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      writeFileSync(join(scratch, file), text);
    }
    return contentProblems(readContent(scratch), '9999-12-31').filter((p) => p.severity === 'error');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function fill(template: string, values: Record<string, string>): string {
  return readFileSync(join(templates, template), 'utf8').replace(
    /\{\{(\w+)\}\}/g,
    (all, key: string) => values[key] ?? all,
  );
}

/** Values written into YAML as the YAML library writes a string: quoted when YAML would read it otherwise. */
function yamlValues(words: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(words).map(([k, v]) => [k, stringify(v, { lineWidth: 0 }).trimEnd()]));
}

/**
 * Values written into MDX text, read back as the same characters: every ASCII punctuation mark is
 * escaped (so nothing is markup, an entity, a link or an address that would become one), `<` as an entity.
 */
function mdxValues(words: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(words).map(([k, v]) => [
      k,
      v.replace(/[!-/:-;=?-@[-`{-~]/g, '\\$&').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')),
    ]),
  );
}
