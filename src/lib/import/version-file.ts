import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Locale } from '../../schemas/brand.ts';
import { versionDates } from '../edit/new-version.ts';

/** Where a new version goes and what is already there. */
export interface Placement {
  /** `brands/<brand>/brand.yaml`, relative to the content folder. */
  brandFile: string;
  brandExists: boolean;
  /** The brand's own locale (from brand.yaml, or the one the new brand will get). */
  brandLocale: string;
  /** `brands/<brand>/<policy>/<date>[.<locale>].mdx`, relative to the content folder. */
  file: string;
  /** Dates of the policy's existing original-language versions. */
  dates: string[];
}

/**
 * Places a version of `brand/policy` effective on `date`. A text in a locale other than the
 * brand's is a translation and gets the locale in its name.
 */
export function placeVersion(
  contentDir: string,
  brand: string,
  policy: string,
  date: string,
  locale: string | undefined,
): Placement {
  const brandFile = `brands/${brand}/brand.yaml`;
  const brandExists = existsSync(join(contentDir, brandFile));
  const brandLocale =
    (brandExists ? localeOf(readFileSync(join(contentDir, brandFile), 'utf8')) : undefined) ?? locale ?? 'zh-CN';
  const suffix = locale !== undefined && locale !== brandLocale ? `.${locale}` : '';
  return {
    brandFile,
    brandExists,
    brandLocale,
    file: `brands/${brand}/${policy}/${date}${suffix}.mdx`,
    dates: versionDates(join(contentDir, 'brands', brand, policy)),
  };
}

function localeOf(brandYaml: string): string | undefined {
  try {
    const data = parse(brandYaml) as { locale?: unknown } | null;
    return typeof data?.locale === 'string' ? data.locale : undefined;
  } catch {
    return undefined;
  }
}

/** A version file: frontmatter (title, and summary when there is one) and the MDX body. */
export function composeVersion(
  frontmatter: { title: string; summary?: string | undefined },
  body: string,
): { source: string; bodyLine: number } {
  const data =
    frontmatter.summary === undefined
      ? { title: frontmatter.title }
      : { title: frontmatter.title, summary: frontmatter.summary };
  const yaml = stringify(data, { lineWidth: 0 });
  const head = `---\n${yaml}---\n\n`;
  return { source: head + body, bodyLine: head.split('\n').length };
}

/** The smallest brand.yaml the build accepts; name and legal name are the id until the editor sets them. */
export function brandStub(id: string, locale: Locale): string {
  return stringify({ name: id, legalName: id, locale, colors: { primary: '#1d4ed8' } }, { lineWidth: 0 });
}
