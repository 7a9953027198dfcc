import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextVersionSource, translationsOf, versionDates } from '../lib/edit/new-version.ts';
import { SUMMARY_PLACEHOLDER } from '../lib/model/history-rules.ts';
import { writeFileAtomic } from '../lib/edit/write-file.ts';
import {
  commonOptions,
  contentDir,
  optionsHelp,
  parse,
  requireDate,
  requireId,
  UsageError,
  type Command,
} from './args.ts';

const options = {
  ...commonOptions,
  effective: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const newVersionCommand: Command = {
  name: 'new-version',
  summary: 'start a new version by copying the latest one',
  help: `Usage: privacy-center new-version <brand>/<policy> --effective <YYYY-MM-DD> [options]

Copies the latest version of the policy to brands/<brand>/<policy>/<date>.mdx, with the summary
set to "${SUMMARY_PLACEHOLDER}" (lint reports it until you replace it) and without the
old version's "published" and "material". Edit the copy, then run privacy-center lint.

${optionsHelp([
  ['--effective <date>', 'the date the new version takes effect; must be after the latest version'],
  ['--force', 'replace the file if it exists'],
])}

Exit codes: 0 created, 2 usage (including a date that is not after the latest version).`,
  run(argv, io) {
    const { values, positionals } = parse(argv, options);
    if (values.help) {
      io.out(`${this.help}\n`);
      return 0;
    }
    const [ref, ...extra] = positionals;
    const [brandId, policyId, ...more] = (ref ?? '').split('/');
    if (ref === undefined || extra.length > 0 || more.length > 0)
      throw new UsageError('new-version takes one argument, <brand>/<policy>, e.g. beiye/privacy.');
    const brand = requireId(brandId, 'The brand');
    const policy = requireId(policyId, 'The policy');
    const date = requireDate(values.effective, '--effective');
    const policyDir = join(contentDir(values.content, io), 'brands', brand, policy);
    const latest = versionDates(policyDir).at(-1);
    if (latest === undefined)
      throw new UsageError(
        `brands/${brand}/${policy}/ has no versions to copy; add the first one with privacy-center import.`,
      );
    if (date <= latest)
      throw new UsageError(
        `${date} is not after the latest version (${latest}); a new version must take effect later.`,
      );
    const file = `brands/${brand}/${policy}/${date}.mdx`;
    if (existsSync(join(policyDir, `${date}.mdx`)) && !values.force)
      throw new UsageError(`${file} already exists; pass --force to replace it.`);
    let source: string;
    try {
      source = nextVersionSource(readFileSync(join(policyDir, `${latest}.mdx`), 'utf8'), date);
    } catch (error) {
      throw new UsageError(`brands/${brand}/${policy}/${latest}.mdx: ${(error as Error).message}`);
    }
    writeFileAtomic(join(policyDir, `${date}.mdx`), source, values.force);
    io.out(
      `Created ${file} from ${latest}.mdx.\nNext: edit the text, replace the summary "${SUMMARY_PLACEHOLDER}" with what changed, then run privacy-center lint.\n`,
    );
    const translations = translationsOf(policyDir, latest);
    if (translations.length > 0)
      io.out(
        `Not copied: ${translations.join(', ')}; copy a translation to ${date}.<locale>.mdx once the new text is final.\n`,
      );
    return 0;
  },
};
