import { existsSync, readdirSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { SUMMARY_PLACEHOLDER } from '../model/history-rules.ts';

const original = /^(\d{4}-\d{2}-\d{2})\.mdx$/;

/** The dates of a policy folder's original-language versions, oldest first. */
export function versionDates(policyDir: string): string[] {
  if (!existsSync(policyDir)) return [];
  return readdirSync(policyDir)
    .map((name) => original.exec(name)?.[1])
    .filter((date): date is string => date !== undefined)
    .sort();
}

/** Translations (`<date>.<locale>.mdx`) of the version of `date`, by file name. */
export function translationsOf(policyDir: string, date: string): string[] {
  return readdirSync(policyDir).filter(
    (name) => name.startsWith(`${date}.`) && name !== `${date}.mdx` && name.endsWith('.mdx'),
  );
}

/**
 * The source of a new version copied from `source`: same title and text, `summary` set to the
 * placeholder the lint flags until it is filled, and nothing that described the old version
 * (`published`, `material`; `effective` moves to the new date).
 */
export function nextVersionSource(source: string, date: string): string {
  const split = splitFrontmatter(source);
  if (!split)
    throw new Error(
      'The latest version does not start with frontmatter; fix it first (privacy-center lint shows how).',
    );
  const doc = parseDocument(split.yaml);
  doc.set('summary', SUMMARY_PLACEHOLDER);
  doc.delete('published');
  doc.delete('material');
  if (doc.has('effective')) doc.set('effective', date);
  return `---\n${doc.toString().trimEnd()}\n---\n${split.body}`;
}
