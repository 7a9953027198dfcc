import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brandSchema, isLocale, LOCALES, type BrandData, type Locale } from '../../schemas/brand.ts';
import { isRealDate } from '../../schemas/real-date.ts';
import { versionSchema, type VersionData } from '../../schemas/version.ts';
import { vocabularySchema } from '../../schemas/vocabulary.ts';
import { DEFAULT_SITE, siteSchema, type SiteData } from '../../schemas/site.ts';
import { siteUrlProblem } from '../build/settings.ts';
import { listSchemas, type CollectedList, type SharedList } from '../../schemas/lists.ts';
import { renderLabels } from '../i18n/index.ts';
import type { ValueCache } from '../build/value-cache.ts';
import { LIMITS } from '../policy/limits.ts';
import { processPolicy, type PolicyText } from '../policy/text.ts';
import { lineOfMatch, problem, type Problem } from '../problem.ts';
import { reservedSegments } from '../routes/urls.ts';
import { decodeText } from './encoding.ts';
import { ContentTree, type Entry } from './entries.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkLogo } from './logo.ts';
import { parseYaml } from './yaml.ts';

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
  /**
   * Names the rendered text: it changes whenever `text` would (bytes, path, language, the
   * renderer's code when the text came through the cache), so a page or index keyed by it
   * need not read the text.
   */
  textKey: string;
  data: VersionData;
  body: string;
  /** The body's length in UTF-16 units: what search weighs a text by, known without reading it again. */
  length: number;
  /** 1-based line where the body starts, for error positions. */
  bodyLine: number;
  /** The text as the site shows it: HTML, headings and diff blocks, from one parse. */
  text: PolicyText;
}

/** One list file beside a version, `brands/<brand>/<policy>/<date>.<kind>.yaml` (src/schemas/lists.ts). */
export type ListRecord = { brand: string; policy: string; date: string; file: string; source: string } & (
  { kind: 'collected'; list: CollectedList } | { kind: 'shared'; list: SharedList }
);

export interface ContentRecords {
  brands: BrandRecord[];
  versions: VersionRecord[];
  lists: ListRecord[];
  problems: Problem[];
  /** The content's own groups of related words for search, from `search/vocabulary.yaml`. */
  vocabulary: string[][];
  /** What the site says about itself, from `site.yaml` (its defaults without one). */
  site: SiteData;
  /** Absolute path of the icon site.yaml names, once checked. */
  siteIconPath?: string;
  /** The text of site.yaml, for pointing at lines in later checks. */
  siteSource?: string;
  /**
   * Texts parsed in this read, texts whose rendering came from the cache, and of those the ones
   * whose HTML and blocks something has read since (it grows as pages are made).
   */
  texts: { parsed: number; cached: number; bodies: number };
}

export interface ReadOptions {
  /** Where rendered texts are kept by content hash between builds. */
  cache?: ValueCache | undefined;
  /** A key for the code that renders texts: a cached text is only reused while it is unchanged. */
  codeKey?: string | undefined;
  /**
   * Fill the cache only, for a second thread: read the files last to first, so that it meets the
   * build, which reads first to last, in the middle and the two parse each text about once between
   * them; and skip a text the cache holds without reading its value. What it returns is discarded.
   */
  fill?: boolean | undefined;
  /**
   * Read each version in outline: its file checked, hashed and its frontmatter read, its text checked
   * and rendered only when something first asks for it (`readTexts` asks for the texts of brands a
   * build makes). A shard builds a few brands of a group and needs the others' catalog, not their texts.
   */
  outline?: boolean | undefined;
  /** With `fill`, the brands whose texts to read; every brand's without it. */
  only?: ReadonlySet<string> | undefined;
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const listName = /^(.+)\.(collected|shared)\.yaml$/;
const versionName = /^(.+?)(?:\.([A-Za-z-]+))?\.mdx$/;

/** Reads and checks every brand and version file under `<dir>/brands`. Never throws for bad content. */
export function readContent(dir: string, options: ReadOptions = {}): ContentRecords {
  const out: ContentRecords = {
    brands: [],
    versions: [],
    lists: [],
    problems: [],
    vocabulary: [],
    site: DEFAULT_SITE,
    texts: { parsed: 0, cached: 0, bodies: 0 },
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    out.problems.push(
      problem(
        'structure',
        '',
        `There is no content folder at ${dir}.`,
        'Start one with "privacy-center init", or point --content (PRIVACY_CENTER_CONTENT) at the folder that holds site.yaml and brands/.',
      ),
    );
    return out;
  }
  const tree = new ContentTree(dir, out.problems);
  const list = (path: string) => (options.fill ? [...tree.list(path)].reverse() : tree.list(path));
  out.vocabulary = readVocabulary(tree, dir, out.problems);
  const site = readSite(tree, dir, out.problems);
  if (site !== undefined) {
    out.site = site.value;
    out.siteSource = site.text;
  }
  if (site?.value.icon !== undefined) {
    const icon = checkedImage(tree, dir, '', site.value.icon, { file: SITE_FILE, text: site.text, field: 'icon' }, out.problems);
    if (icon !== undefined) out.siteIconPath = icon;
  }
  const root = tree.entry(join(dir, 'brands'));
  if (root?.kind !== 'folder') {
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
  for (const brandDir of list(root.path)) {
    if (brandDir.kind !== 'folder' || !validId(brandDir, 'brand', out.problems)) continue;
    if (options.fill && options.only !== undefined && !options.only.has(brandDir.name)) continue;
    const brand = readBrand(tree, brandDir, out.problems);
    if (brand) out.brands.push(brand);
    const locale = brand?.data.locale ?? 'zh-CN';
    for (const policyDir of list(brandDir.path)) {
      if (policyDir.kind !== 'folder' || !validId(policyDir, 'policy', out.problems)) continue;
      const files = list(policyDir.path);
      if (!files.some((f) => f.name.endsWith('.mdx'))) {
        out.problems.push(
          problem(
            'structure',
            policyDir.rel + '/',
            'The policy folder holds no versions.',
            'Add the first version as <YYYY-MM-DD>.mdx, named by the date it takes effect, or remove the folder.',
          ),
        );
      }
      const where = { brand: brandDir.name, policy: policyDir.name, locale };
      const lists: ListRecord[] = [];
      const dates = new Set<string>();
      for (const file of files) {
        if (listName.test(file.name)) {
          const list = readList(file, where, out.problems);
          if (list) lists.push(list);
          continue;
        }
        const version = readVersion(file, where, options, out);
        if (version) out.versions.push(version);
        if (version && !version.translation) dates.add(version.date);
      }
      for (const list of lists) {
        if (dates.has(list.date)) out.lists.push(list);
        else if (!out.problems.some((p) => p.file.startsWith(`${policyDir.rel}/${list.date}.`)))
          out.problems.push(
            problem(
              'structure',
              list.file,
              `The list belongs to a version of ${list.date}, and the policy has none.`,
              `Add the version as ${list.date}.mdx, or rename the list to the date of the version it belongs to.`,
            ),
          );
      }
    }
  }
  checkSiteBrands(site, out.brands, out.problems);
  return out;
}

/** `search/vocabulary.yaml`, when the content folder has one: groups of words search treats as related. */
function readVocabulary(tree: ContentTree, dir: string, problems: Problem[]): string[][] {
  // The folder is checked first: a linked folder must not lead the file outside the content.
  if (tree.entry(join(dir, 'search'))?.kind !== 'folder') return [];
  const entry = tree.entry(join(dir, VOCABULARY_FILE));
  if (entry === undefined) return [];
  return readYaml(entry, VOCABULARY_FILE, vocabularySchema, 'search vocabulary', problems)?.value.groups ?? [];
}

/**
 * A YAML file of the content, checked against its schema: its text and value, or undefined with
 * the problems (a folder in its place, too large, not UTF-8, not valid YAML, not the schema).
 */
function readYaml<S extends z.ZodType>(
  entry: Entry,
  file: string,
  schema: S,
  what: string,
  problems: Problem[],
): { text: string; value: z.output<S> } | undefined {
  if (entry.kind !== 'file') {
    problems.push(problem('structure', file, `"${entry.name}" is a folder, not a file.`, `Replace the folder with the ${what}.`));
    return undefined;
  }
  if (entry.size > LIMITS.fileBytes) {
    problems.push(tooLarge(file, entry.size));
    return undefined;
  }
  const text = decodeText(readFileSync(entry.path), file, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, schema, file, what);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return { text, value: parsed.value };
}

/** Where a content folder keeps what the site says about itself (README, "Site settings"). */
export const SITE_FILE = 'site.yaml';

function readSite(tree: ContentTree, dir: string, problems: Problem[]): { text: string; value: SiteData } | undefined {
  const entry = tree.entry(join(dir, SITE_FILE));
  if (entry === undefined) return undefined;
  const read = readYaml(entry, SITE_FILE, siteSchema, 'site settings file', problems);
  if (read?.value.url === undefined) return read;
  const wrong = siteUrlProblem(read.value.url);
  if (wrong === undefined) return read;
  problems.push(
    problem('schema', SITE_FILE, `"url": ${wrong.message}`, `Write url: ${wrong.suggestion}`, {
      line: lineOfMatch(read.text, /^url:/m),
    }),
  );
  return undefined;
}

/** The brands site.yaml names (`brands`, `brand`) must be brands of the content. */
function checkSiteBrands(site: { text: string; value: SiteData } | undefined, brands: BrandRecord[], problems: Problem[]): void {
  if (site === undefined) return;
  const ids = new Set(brands.map((b) => b.id));
  const named = [...site.value.brands, ...(site.value.brand === undefined ? [] : [site.value.brand])];
  for (const id of new Set(named)) {
    if (ids.has(id) || problems.some((p) => p.file.startsWith(`brands/${id}/`))) continue;
    problems.push(
      problem(
        'schema',
        SITE_FILE,
        `The site settings name the brand "${id}", and there is no brands/${id}/brand.yaml.`,
        `Use one of: ${[...ids].join(', ') || '(none yet)'}; or add the brand.`,
        { line: lineNaming(site.text, id) },
      ),
    );
  }
}

/** The first line that names an id outside a comment (YAML comments start with #). */
function lineNaming(text: string, id: string): number | undefined {
  const named = new RegExp(`(?:^|[\\s\\[,:-])${id}(?:$|[\\s\\],])`);
  const index = text.split('\n').findIndex((line) => named.test(line.replace(/#.*/, '')));
  return index === -1 ? undefined : index + 1;
}

/** Where a content folder keeps its search vocabulary (README, "Search"). */
export const VOCABULARY_FILE = 'search/vocabulary.yaml';

/** A brand or policy folder name becomes part of every URL: an id, and none the site uses itself. */
function validId(entry: Entry, what: 'brand' | 'policy', problems: Problem[]): boolean {
  if (!idPattern.test(entry.name)) {
    problems.push(
      problem(
        'structure',
        entry.rel + '/',
        `The ${what} folder name "${entry.name}" is not a valid id.`,
        `Rename it to lowercase letters, digits and hyphens, e.g. "${suggestId(entry.name)}"; the name is part of every URL.`,
      ),
    );
    return false;
  }
  if (reservedSegments.has(entry.name)) {
    problems.push(
      problem(
        'structure',
        entry.rel + '/',
        `The ${what} folder name "${entry.name}" is a path the site uses itself (/${entry.name}/).`,
        `Rename the folder; these names are taken: ${[...reservedSegments].join(', ')}.`,
      ),
    );
    return false;
  }
  return true;
}

function readBrand(tree: ContentTree, dir: Entry, problems: Problem[]): BrandRecord | undefined {
  const file = `${dir.rel}/brand.yaml`;
  const entry = tree.entry(join(dir.path, 'brand.yaml'));
  if (entry === undefined) {
    if (!problems.some((p) => p.file === file)) {
      problems.push(
        problem(
          'structure',
          file,
          `The brand folder "${dir.name}" has no brand.yaml.`,
          'Create brand.yaml with at least name, legalName and colors.primary (see README, "Brand configuration").',
        ),
      );
    }
    return undefined;
  }
  const read = readYaml(entry, file, brandSchema, 'brand file', problems);
  if (read === undefined) return undefined;
  const { text, value: data } = read;
  const record: BrandRecord = { id: dir.name, file, source: text, data };
  if (data.logo !== undefined) {
    const logo = checkedImage(tree, dir.path, `${dir.rel}/`, data.logo, { file, text, field: 'logo' }, problems);
    if (logo !== undefined) record.logoPath = logo;
  }
  return record;
}

/**
 * An image a settings file names (a brand's logo, the site's icon), beside it in the content
 * folder: its path once it is a file, small enough, and an SVG without scripts or outside links.
 */
function checkedImage(
  tree: ContentTree,
  dir: string,
  rel: string,
  name: string,
  from: { file: string; text: string; field: 'logo' | 'icon' },
  problems: Problem[],
): string | undefined {
  const imageFile = `${rel}${name}`;
  const image = tree.entry(join(dir, name));
  if (image?.kind !== 'file') {
    if (!problems.some((p) => p.file === imageFile)) {
      problems.push(
        problem(
          'logo',
          from.file,
          `The ${from.field} "${name}" is not a file beside ${from.file.split('/').at(-1)}.`,
          `Add the file or remove the "${from.field}" field.`,
          { line: lineOfMatch(from.text, new RegExp(`^${from.field}:`, 'm')) },
        ),
      );
    }
    return undefined;
  }
  if (image.size > LIMITS.fileBytes) {
    problems.push(tooLarge(imageFile, image.size));
    return undefined;
  }
  const imageProblems = checkLogo(readFileSync(image.path), imageFile, from.field);
  problems.push(...imageProblems);
  return imageProblems.length === 0 ? image.path : undefined;
}

/** A list file beside a version: its date, and its rows checked against the list's schema. */
function readList(
  entry: Entry,
  where: { brand: string; policy: string },
  problems: Problem[],
): ListRecord | undefined {
  const [, date = '', kind = 'collected'] = listName.exec(entry.name) ?? [];
  if (!isRealDate(date)) {
    problems.push(
      problem(
        'date',
        entry.rel,
        `The file name "${entry.name}" does not start with a real date in the form YYYY-MM-DD.`,
        `Name the list after the version it belongs to, e.g. 2024-03-01.${kind}.yaml.`,
      ),
    );
    return undefined;
  }
  const base = { brand: where.brand, policy: where.policy, date, file: entry.rel };
  const what = kind === 'collected' ? 'list of collected personal information' : 'list of third parties and SDKs';
  if (kind === 'shared') {
    const read = readYaml(entry, entry.rel, listSchemas.shared, what, problems);
    return read && { ...base, source: read.text, kind, list: read.value };
  }
  const read = readYaml(entry, entry.rel, listSchemas.collected, what, problems);
  return read && { ...base, source: read.text, kind: 'collected', list: read.value };
}

function readVersion(
  entry: Entry,
  where: { brand: string; policy: string; locale: Locale },
  options: ReadOptions,
  out: ContentRecords,
): VersionRecord | undefined {
  const { problems } = out;
  const file = entry.rel;
  const match = versionName.exec(entry.name);
  if (!match) {
    problems.push(
      problem(
        'structure',
        file,
        `"${entry.name}" is not a version file.`,
        'Name versions <YYYY-MM-DD>.mdx (or <YYYY-MM-DD>.<locale>.mdx for a translation) and their lists <YYYY-MM-DD>.collected.yaml or <YYYY-MM-DD>.shared.yaml; move other files out of the policy folder.',
      ),
    );
    return undefined;
  }
  if (entry.kind !== 'file') {
    problems.push(
      problem('structure', file, `"${entry.name}" is a folder, not a version file.`, 'Move its contents out and remove the folder.'),
    );
    return undefined;
  }
  const [, date = '', suffix] = match;
  if (!isRealDate(date)) {
    problems.push(
      problem(
        'date',
        file,
        `The file name "${entry.name}" does not start with a real date in the form YYYY-MM-DD.`,
        'Rename the file to the date the version takes effect, e.g. 2024-03-01.mdx.',
      ),
    );
    return undefined;
  }
  if (suffix !== undefined && !isLocale(suffix)) {
    problems.push(
      problem(
        'structure',
        file,
        `"${suffix}" is not a supported locale.`,
        `Name a translation <date>.<locale>.mdx with one of: ${LOCALES.join(', ')}.`,
      ),
    );
    return undefined;
  }
  if (entry.size > LIMITS.fileBytes) {
    problems.push(tooLarge(file, entry.size));
    return undefined;
  }
  const bytes = readFileSync(entry.path);
  const source = decodeText(bytes, file, problems);
  if (source === undefined) return undefined;
  if (source.trim() === '') {
    problems.push(
      problem('empty', file, 'The version file is empty.', 'Add frontmatter (title, summary) and the policy text, or delete the file.'),
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
  const locale = (suffix as Locale | undefined) ?? where.locale;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const place = { file, bodyLine: split.bodyLine };
  const read = options.outline
    ? { frontmatter: parseVersionData(split, file), key: textName(place, locale, sha256, options), problems: [] }
    : readCached(split, place, locale, sha256, options, out.texts);
  if (read === undefined) return undefined;
  const { frontmatter: parsed, key: textKey, ...processed } = read;
  problems.push(...processed.problems);
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
      problem('empty', file, 'The version has frontmatter but no policy text.', 'Add the text of the policy below the closing "---".', {
        line: split.bodyLine,
      }),
    );
  }
  const record = {
    brand: where.brand,
    policy: where.policy,
    date,
    locale,
    translation: suffix !== undefined && suffix !== where.locale,
    file,
    sha256,
    textKey,
    data: parsed.value,
    length: split.body.length,
    bodyLine: split.bodyLine,
  };
  if (options.outline) return outlined(record, entry.path, options, out.texts);
  if (!('text' in processed) || processed.text === undefined) return undefined;
  return { ...record, source, body: split.body, text: processed.text };
}

/** Each version read in outline, with what reading its text finds wrong: `readTexts` asks for it. */
const outlines = new WeakMap<VersionRecord, () => Problem[]>();

/**
 * A version read in outline: its source, body and text are read again from its file when first asked
 * for, once, through the same cache as a whole read. The file must still hold the bytes the outline
 * was read from: a version changed during the build fails it rather than mix two contents.
 */
function outlined(
  record: Omit<VersionRecord, 'source' | 'body' | 'text'>,
  path: string,
  options: ReadOptions,
  count: ContentRecords['texts'],
): VersionRecord {
  let loaded: { source: string; body: string; read: ReadText } | undefined;
  const load = () => {
    if (loaded !== undefined) return loaded;
    // Read as the outline was: a file, never a link put in its place since (it may lead anywhere).
    if (!lstatSync(path).isFile()) throw new Error(`${record.file} changed while the site was being built; build again.`);
    const bytes = readFileSync(path);
    const source = decodeText(bytes, record.file, []) ?? '';
    const split = createHash('sha256').update(bytes).digest('hex') === record.sha256 && splitFrontmatter(source);
    if (!split) throw new Error(`${record.file} changed while the site was being built; build again.`);
    const place = { file: record.file, bodyLine: record.bodyLine };
    const read = readCached(split, place, record.locale, record.sha256, { ...options, fill: false }, count)!;
    return (loaded = { source, body: split.body, read });
  };
  const field = <K extends keyof PolicyText>(name: K): PolicyText[K] => {
    const { text, problems } = load().read;
    if (text === undefined)
      throw new Error(`${record.file}: ${problems.map((p) => p.message).join(' ')} Build its brand to see every problem.`);
    return text[name];
  };
  const text = {} as PolicyText;
  for (const name of ['html', 'headings', 'terms', 'blocks', 'links'] as const)
    Object.defineProperty(text, name, { get: () => field(name), enumerable: true, configurable: true });
  const version = Object.defineProperties({ ...record, text } as unknown as VersionRecord, {
    source: { get: () => load().source, enumerable: true, configurable: true },
    body: { get: () => load().body, enumerable: true, configurable: true },
  });
  outlines.set(version, () => load().read.problems);
  return version;
}

/**
 * Reads the texts of `brands` that were read in outline, and adds what is wrong with them to the
 * records' problems: the texts a build shows, checked as a whole read checks them.
 */
export function readTexts(records: ContentRecords, brands: ReadonlySet<string>): void {
  for (const version of records.versions) {
    const problems = brands.has(version.brand) ? outlines.get(version) : undefined;
    if (problems !== undefined) records.problems.push(...problems());
  }
}

/** What a version file's bytes give, whole or from the cache: its frontmatter checked, its text checked and rendered. */
type ReadText = ReturnType<typeof processPolicy> & { frontmatter: ReturnType<typeof parseVersionData> };

/** The large parts of a rendered text, which pages and files need only when they are made. */
type TextBody = Pick<PolicyText, 'html' | 'blocks'>;

function parseVersionData(split: { yaml: string; yamlLine: number }, file: string) {
  return parseYaml(split.yaml, versionSchema, file, 'frontmatter', split.yamlLine - 1);
}

/**
 * A text's name (VersionRecord's textKey): its key in the cache, or without a cache one of the file,
 * its bytes and its language.
 */
function textName(place: { file: string }, locale: Locale, sha256: string, options: ReadOptions): string {
  const labels = renderLabels(locale);
  const name = `${sha256}-${createHash('sha256').update(JSON.stringify([place.file, labels])).digest('hex').slice(0, 16)}`;
  return options.cache === undefined || options.codeKey === undefined ? `uncached-${name}` : `text-${options.codeKey}-${name}`;
}

/**
 * A version's frontmatter check and its text's check and rendering depend only on the file's bytes,
 * its path (for problem lines), its language and the code: cached on that key, an unchanged file is
 * never parsed again. The text's HTML and blocks are kept apart and read back only when something
 * asks for them: a rebuild that renders a few pages reads a few. Undefined when `fill` meets a file
 * the cache already holds. `key` names the rendered text: the cache's key, or without a cache one of
 * the file and its language.
 */
function readCached(
  split: { yaml: string; yamlLine: number; body: string },
  place: { file: string; bodyLine: number },
  locale: Locale,
  sha256: string,
  options: ReadOptions,
  count: ContentRecords['texts'],
): (ReadText & { key: string }) | undefined {
  const { cache, codeKey } = options;
  const labels = renderLabels(locale);
  const render = () => processPolicy(split.body, place, labels);
  const key = textName(place, locale, sha256, options);
  if (cache === undefined || codeKey === undefined) {
    count.parsed++;
    return { ...render(), frontmatter: parseVersionData(split, place.file), key };
  }
  if (options.fill === true && cache.has(key)) return undefined;
  const kept = options.fill === true ? undefined : cache.get<ReadText>(key);
  if (kept !== undefined) {
    count.cached++;
    if (kept.text !== undefined)
      readLater(kept.text, () => {
        count.bodies++;
        const stored = cache.get<TextBody>(`${key}-body`);
        if (stored !== undefined) return stored;
        // Gone from the cache (removed by hand): rendered again, and kept again.
        const text = render().text;
        if (text === undefined) throw new Error(`${place.file}: its kept text no longer renders; build again.`);
        cache.set(`${key}-body`, bodyOf(text));
        return bodyOf(text);
      });
    return { ...kept, key };
  }
  count.parsed++;
  const result = { ...render(), frontmatter: parseVersionData(split, place.file) };
  const { text, ...rest } = result;
  // The body first: a reader that finds the rest finds it too.
  if (text !== undefined) cache.set(`${key}-body`, bodyOf(text));
  cache.set(key, { ...rest, text: text && { ...text, html: undefined, blocks: undefined } });
  return { ...result, key };
}

const bodyOf = (text: PolicyText): TextBody => ({ html: text.html, blocks: text.blocks });

/** Gives `text` its HTML and blocks from `load`, called once, when either is first read. */
function readLater(text: PolicyText, load: () => TextBody): void {
  let body: TextBody | undefined;
  const part = () => (body ??= load());
  Object.defineProperties(text, {
    html: { get: () => part().html, enumerable: true, configurable: true },
    blocks: { get: () => part().blocks, enumerable: true, configurable: true },
  });
}

function tooLarge(file: string, size: number): Problem {
  return problem(
    'limits',
    file,
    `The file is ${(size / 1024 / 1024).toFixed(1)} MB; at most ${LIMITS.fileBytes / 1024 / 1024} MB are allowed.`,
    'Split the text, or check that the right file was saved here.',
  );
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
