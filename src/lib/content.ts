import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brandSchema, type BrandData, type Locale } from '../schemas/brand.ts';
import { isRealDate, versionSchema, type VersionData } from '../schemas/version.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMdx } from './mdx-check.ts';
import { lineOfMatch, problem, type Problem } from './problem.ts';
import { checkLogo } from './logo-check.ts';
import { parseYaml } from './yaml-source.ts';

/** A brand as read from `brands/<id>/brand.yaml`. */
export interface BrandRecord {
  id: string;
  /** brand.yaml, relative to the content folder. */
  file: string;
  /** The text of brand.yaml, for pointing at lines in later checks. */
  source: string;
  data: BrandData;
  /** Absolute path of the logo file, when the brand has one. */
  logoPath?: string;
}

/** One version file, `brands/<brand>/<policy>/<date>[.<locale>].mdx`. */
export interface VersionRecord {
  brand: string;
  policy: string;
  /** Effective date, from the file name. */
  date: string;
  locale: Locale;
  /** Whether this file is a translation of the original-language version of the same date. */
  translation: boolean;
  file: string;
  /** The exact source text; `sha256` is of its bytes. */
  source: string;
  sha256: string;
  data: VersionData;
  body: string;
  /** 1-based line where the body starts, for error positions. */
  bodyLine: number;
}

export interface ContentRecords {
  brands: BrandRecord[];
  versions: VersionRecord[];
  problems: Problem[];
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const versionName = /^(.+?)(?:\.([A-Za-z-]+))?\.mdx$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ReadOptions {
  /** Parse each text as MDX and check it (the costly part); skipped where a check already ran this build. */
  checkText?: boolean;
}

/** Reads and checks every brand and version file under `<dir>/brands`. Never throws for bad content. */
export function readContent(dir: string, { checkText = true }: ReadOptions = {}): ContentRecords {
  const out: ContentRecords = { brands: [], versions: [], problems: [] };
  const root = join(dir, 'brands');
  if (!existsSync(root)) {
    out.problems.push(
      problem(
        'structure',
        'brands/',
        `There is no brands/ folder in ${dir}.`,
        'Create brands/<brand>/brand.yaml, or set PRIVACY_CENTER_CONTENT to the folder that holds brands/.',
      ),
    );
    return out;
  }
  for (const id of listDirs(root)) {
    const brandDir = join(root, id);
    const rel = (path: string) => relative(dir, path).split('\\').join('/');
    if (!idPattern.test(id)) {
      out.problems.push(
        problem(
          'structure',
          rel(brandDir) + '/',
          `The brand folder name "${id}" is not a valid id.`,
          `Rename it to lowercase letters, digits and hyphens, e.g. "${suggestId(id)}"; the name is part of every URL.`,
        ),
      );
      continue;
    }
    const brand = readBrand(brandDir, id, rel(join(brandDir, 'brand.yaml')), out.problems);
    if (brand) out.brands.push(brand);
    const locale = brand?.data.locale ?? 'zh-CN';
    for (const policy of listDirs(brandDir)) {
      const policyDir = join(brandDir, policy);
      if (!idPattern.test(policy)) {
        out.problems.push(
          problem(
            'structure',
            rel(policyDir) + '/',
            `The policy folder name "${policy}" is not a valid id.`,
            `Rename it to lowercase letters, digits and hyphens, e.g. "${suggestId(policy)}".`,
          ),
        );
        continue;
      }
      const files = readdirSync(policyDir)
        .filter((name) => !name.startsWith('.'))
        .sort();
      if (!files.some((name) => name.endsWith('.mdx'))) {
        out.problems.push(
          problem(
            'structure',
            rel(policyDir) + '/',
            'The policy folder holds no versions.',
            'Add the first version as <YYYY-MM-DD>.mdx, named by the date it takes effect, or remove the folder.',
          ),
        );
      }
      for (const name of files) {
        const version = readVersion(
          join(policyDir, name),
          rel(join(policyDir, name)),
          { brand: id, policy, name, locale, checkText },
          out.problems,
        );
        if (version) out.versions.push(version);
      }
    }
  }
  return out;
}

function readBrand(brandDir: string, id: string, file: string, problems: Problem[]): BrandRecord | undefined {
  const path = join(brandDir, 'brand.yaml');
  if (!existsSync(path)) {
    problems.push(
      problem(
        'structure',
        file,
        `The brand folder "${id}" has no brand.yaml.`,
        'Create brand.yaml with at least name, legalName and colors.primary (see README, "Brand configuration").',
      ),
    );
    return undefined;
  }
  const text = decode(readFileSync(path), file, problems);
  if (text === undefined) return undefined;
  const parsed = parseYamlSafe(text, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const record: BrandRecord = { id, file, source: text, data: parsed.value };
  if (parsed.value.logo !== undefined) {
    const logoPath = join(brandDir, parsed.value.logo);
    const logoFile = file.replace(/brand\.yaml$/, parsed.value.logo);
    if (!existsSync(logoPath)) {
      problems.push(
        problem(
          'logo',
          file,
          `The logo "${parsed.value.logo}" does not exist beside brand.yaml.`,
          'Add the file or remove the "logo" field.',
        ),
      );
    } else {
      const logoProblems = checkLogo(readFileSync(logoPath), logoFile);
      problems.push(...logoProblems);
      if (logoProblems.length === 0) record.logoPath = logoPath;
    }
  }
  return record;
}

function readVersion(
  path: string,
  file: string,
  where: { brand: string; policy: string; name: string; locale: Locale; checkText: boolean },
  problems: Problem[],
): VersionRecord | undefined {
  const match = versionName.exec(where.name);
  if (!match) {
    problems.push(
      problem(
        'structure',
        file,
        `"${where.name}" is not a version file.`,
        'Name versions <YYYY-MM-DD>.mdx (or <YYYY-MM-DD>.<locale>.mdx for a translation); move other files out of the policy folder.',
      ),
    );
    return undefined;
  }
  const [, date = '', suffix] = match;
  if (!isRealDate(date)) {
    problems.push(
      problem(
        'date',
        file,
        `The file name "${where.name}" does not start with a real date in the form YYYY-MM-DD.`,
        'Rename the file to the date the version takes effect, e.g. 2024-03-01.mdx.',
      ),
    );
    return undefined;
  }
  if (suffix !== undefined && suffix !== 'en' && suffix !== 'zh-CN') {
    problems.push(
      problem(
        'structure',
        file,
        `"${suffix}" is not a supported locale.`,
        'Use <date>.en.mdx for an English translation or <date>.zh-CN.mdx for a Chinese one.',
      ),
    );
    return undefined;
  }
  const bytes = readFileSync(path);
  const source = decode(bytes, file, problems);
  if (source === undefined) return undefined;
  if (source.trim() === '') {
    problems.push(
      problem(
        'empty',
        file,
        'The version file is empty.',
        'Add frontmatter (title, summary) and the policy text, or delete the file.',
      ),
    );
    return undefined;
  }
  const split = splitFrontmatter(source);
  if (!split) {
    problems.push(
      problem(
        'frontmatter',
        file,
        'The file does not start with frontmatter.',
        'Begin the file with a "---" line, then "title: …" (and "summary: …" from the second version on), then a closing "---" line.',
        { line: 1 },
      ),
    );
    return undefined;
  }
  const parsed = parseYamlVersion(split.yaml, file, split.yamlLine - 1);
  const mdx = where.checkText ? checkMdx(split.body, file, split.bodyLine) : [];
  problems.push(...mdx);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  if (parsed.value.effective !== undefined && parsed.value.effective !== date) {
    problems.push(
      problem(
        'date',
        file,
        `The frontmatter says effective ${parsed.value.effective}, but the file name says ${date}.`,
        'The file name is the effective date: rename the file, or remove or correct "effective" in the frontmatter.',
        { line: lineOfMatch(source, /^effective:/m) },
      ),
    );
  }
  if (split.body.trim() === '') {
    problems.push(
      problem(
        'empty',
        file,
        'The version has frontmatter but no policy text.',
        'Add the text of the policy below the closing "---".',
        { line: split.bodyLine },
      ),
    );
  }
  if (mdx.length > 0) return undefined;
  return {
    brand: where.brand,
    policy: where.policy,
    date,
    locale: (suffix as Locale | undefined) ?? where.locale,
    translation: suffix !== undefined && suffix !== where.locale,
    file,
    source,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    data: parsed.value,
    body: split.body,
    bodyLine: split.bodyLine,
  };
}

function parseYamlSafe(text: string, file: string) {
  return parseYaml(text, brandSchema, file, 'brand file');
}

function parseYamlVersion(text: string, file: string, offset: number) {
  return parseYaml(text, versionSchema, file, 'frontmatter', offset);
}

function decode(bytes: Buffer, file: string, problems: Problem[]): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push(
      problem(
        'encoding',
        file,
        'The file starts with a byte-order mark (BOM).',
        'Save it as UTF-8 without BOM; most editors offer this in "Save with encoding".',
        { line: 1, column: 1 },
      ),
    );
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    problems.push(
      problem(
        'encoding',
        file,
        'The file is not valid UTF-8 text (it may be saved as GBK/GB2312 or another legacy encoding).',
        'Re-save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 old.mdx > new.mdx`.',
        { line },
      ),
    );
    return undefined;
  }
}

/** Offset of the first byte that breaks UTF-8, so the error can name a line. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

function listDirs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

function suggestId(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-brand'
  );
}
