import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContent } from '../content/read.ts';
import type { LintInput } from './types.ts';

/** Test support for the rules: a content folder written to a temporary directory and read. */

export const BRAND = 'name: 示例\nlegalName: 示例有限公司\ncolors:\n  primary: "#1d4ed8"\n';

export function version(body: string, frontmatter = 'title: 隐私政策\n'): string {
  return `---\n${frontmatter}---\n\n${body}`;
}

export function lintInput(files: Record<string, string>, now = '2024-01-01'): LintInput {
  const contentDir = mkdtempSync(join(tmpdir(), 'pc-lint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return { contentDir, records: readContent(contentDir), now };
}

/** One version of brand `acme`, read as the build reads it. */
export function oneVersion(body: string, locale = 'zh-CN') {
  const input = lintInput({
    'brands/acme/brand.yaml': `${BRAND}locale: ${locale}\n`,
    'brands/acme/privacy/2020-01-01.mdx': version(body),
  });
  const v = input.records.versions[0];
  if (!v) throw new Error(input.records.problems.map((p) => p.message).join('\n'));
  return v;
}
