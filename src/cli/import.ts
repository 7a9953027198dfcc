import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { converterFor, supportedExtensions } from '../lib/import/convert.ts';
import { decodeInput } from '../lib/import/decode.ts';
import type { Converted } from '../lib/import/converted.ts';
import { verifyPolicy } from '../lib/import/verify.ts';
import { brandStub, composeVersion, placeVersion } from '../lib/import/version-file.ts';
import { formatProblems } from '../lib/problem.ts';
import { SUMMARY_PLACEHOLDER } from '../lib/model/history-rules.ts';
import { writeFileAtomic } from '../lib/edit/write-file.ts';
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
  type Io,
} from './args.ts';

const options = {
  ...commonOptions,
  brand: { type: 'string' },
  policy: { type: 'string' },
  effective: { type: 'string' },
  title: { type: 'string' },
  summary: { type: 'string' },
  locale: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'convert a .txt, .md or .html policy into a version file',
  help: `Usage: privacy-center import <file> --brand <id> --policy <id> --effective <YYYY-MM-DD> [options]

Converts a policy text to MDX and writes brands/<brand>/<policy>/<date>.mdx. Reads
  .txt          text copied or scraped from a web page: Chinese numbering (一、 （一） (1) 1、 1. 第X条
                第X部分 •) becomes headings and lists, broken lines are joined, page junk is dropped
  .md           Markdown from another repository (front matter, kramdown attributes, inline HTML)
  .html, .htm   a saved web page (navigation, header, footer, scripts and styles are dropped)
The result is compiled as MDX and checked before anything is written. Every dropped line and
everything that could not be converted is printed, so you can check it.

${optionsHelp([
  ['--brand <id>', 'brand folder; a new brand gets a minimal brand.yaml'],
  ['--policy <id>', 'policy folder, e.g. privacy'],
  ['--effective <date>', 'the date the version takes effect (the file name)'],
  ['--title <text>', 'title (default: the title found in the input)'],
  ['--summary <text>', `what changed (default for a later version: "${SUMMARY_PLACEHOLDER}")`],
  ['--locale <zh-CN|en>', "language of the text: a new brand's locale, or a translation's suffix"],
  ['--force', 'replace the version file if it exists'],
])}

Input in GBK/GB18030 or Big5 is detected and decoded (the encoding is printed); a file that is
not text is refused. Links with other schemes than https, http, mailto and tel, images and
raw HTML are removed (each is printed under "Could not convert"), and the result must pass the
build's own check (src/lib/policy) before anything is written.

Exit codes: 0 written, 1 the input is not text or the converted text fails the check (nothing written), 2 usage.`,
  run(argv, io) {
    const { values, positionals } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    const [input, ...extra] = positionals;
    if (input === undefined || extra.length > 0) throw new UsageError('import takes exactly one input file.');
    const brand = requireId(values.brand, '--brand');
    const policy = requireId(values.policy, '--policy');
    const date = requireDate(values.effective, '--effective');
    const locale = optionalLocale(values.locale);
    const dir = contentDir(values.content, io);
    const place = placeVersion(dir, brand, policy, date, locale);
    if (existsSync(join(dir, place.file)) && !values.force)
      throw new UsageError(`${place.file} already exists; pass --force to replace it.`);

    const converted = readPolicyInput(input, io, 'import');
    if (converted === undefined) return 1;
    const title = values.title ?? converted.title;
    if (title === undefined || title.trim() === '')
      throw new UsageError(`No title found in ${input}; pass --title "…".`);
    const later = place.dates.some((d) => d < date);
    const summary = values.summary ?? (later ? SUMMARY_PLACEHOLDER : undefined);
    const { source, bodyLine } = composeVersion({ title, summary }, converted.body);
    const problems = verifyPolicy(converted.body, place.file, bodyLine);
    if (problems.length > 0) {
      io.err(
        formatProblems(problems, relative(io.cwd, dir) || '.').replace('nothing was published', 'nothing was written'),
      );
      return 1;
    }
    if (!place.brandExists) {
      writeFileAtomic(join(dir, place.brandFile), brandStub(brand, locale ?? 'zh-CN'));
      io.out(
        `Created ${place.brandFile} for the new brand "${brand}": its name and legalName are "${brand}" for now; set them (and colours, contact) before publishing.\n`,
      );
    }
    writeFileAtomic(join(dir, place.file), source, values.force);
    io.out(`Wrote ${place.file}: "${title}", ${source.split('\n').length} lines.\n`);
    if (summary === SUMMARY_PLACEHOLDER)
      io.out(
        `The summary is a placeholder: replace "${SUMMARY_PLACEHOLDER}" with what changed since ${place.dates.filter((d) => d < date).at(-1)}.\n`,
      );
    io.out(describeNotes(converted));
    io.out('Check the text, then run: privacy-center lint\n');
    return 0;
  },
};

/**
 * Reads a policy file (`.txt`, `.md`, `.html`) and converts it to MDX; says which encoding it was
 * read as. Undefined, after saying why, when the file is not text.
 */
export function readPolicyInput(input: string, io: Io, command: string): Converted | undefined {
  const convert = converterFor(input);
  if (!convert)
    throw new UsageError(`Cannot import "${input}": the importer reads ${supportedExtensions.join(', ')} files.`);
  const inputPath = resolve(io.cwd, input);
  if (!existsSync(inputPath)) throw new UsageError(`There is no file ${input}.`);
  if (!statSync(inputPath).isFile()) throw new UsageError(`${input} is a folder, not a file.`);
  const decoded = decodeInput(readFileSync(inputPath));
  if ('error' in decoded) {
    io.err(`privacy-center ${command}: ${input}: ${decoded.error}\nNothing was written.\n`);
    return undefined;
  }
  if (decoded.encoding !== 'utf-8') io.out(`Read ${input} as ${decoded.encoding.toUpperCase()} text.\n`);
  return convert(decoded.text);
}

/** The dropped lines and unconverted parts of a conversion, for the editor to check. */
export function describeNotes(converted: Pick<Converted, 'dropped' | 'unconverted'>, indent = ''): string {
  const lines: string[] = [];
  const list = (heading: string, notes: Converted['dropped']) => {
    if (notes.length === 0) return;
    lines.push(`${indent}${heading}`);
    for (const n of notes) lines.push(`${indent}  ${n.line === undefined ? '' : `line ${n.line}: `}${n.text}`);
  };
  list(
    `Dropped ${converted.dropped.length} line${converted.dropped.length === 1 ? '' : 's'} as page junk (check none is policy text):`,
    converted.dropped,
  );
  list('Could not convert:', converted.unconverted);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
