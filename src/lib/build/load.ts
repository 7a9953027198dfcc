import { createHash } from 'node:crypto';
import { shippedGroups } from './search-lexicon.ts';
import { join } from 'node:path';
import { readContent, readTexts, type ContentRecords } from '../content/read.ts';
import { cachedDiffs } from '../diff/cache.ts';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { checkBrandColours } from '../model/contrast.ts';
import { checkHistories } from '../model/history-rules.ts';
import { brokenLinks } from '../lint/rules/internal-links.ts';
import { ContentError, problem, type Problem } from '../problem.ts';
import { sitePages } from '../routes/pages.ts';
import { siteContext } from '../routes/site-context.ts';
import { codeKey } from './code-key.ts';
import { valueCache } from './value-cache.ts';
import { searchAids, type KeptAids } from './search-aids.ts';
import { cacheRoot, PLACEHOLDER_SITE, type SiteOptions } from './settings.ts';
import type { BuiltSite } from './store.ts';
import { shardBrands, shardUnits } from './shard.ts';
import { shardProblem, type ShardSetting } from './shard-setting.ts';

/**
 * Every problem that stops a build: the files' own, and the rules about histories, colours and
 * links between pages. Lint reports exactly these as errors (and adds warnings of its own). A shard
 * (`read`: its brands) checks the links of its own brands' texts, the only texts it reads.
 */
export function contentProblems(records: ContentRecords, now: string, read?: ReadonlySet<string>): Problem[] {
  return [
    ...records.problems,
    ...checkHistories(records.brands, records.versions),
    ...checkBrandColours(records.brands),
    ...brokenLinks(records, now, read),
  ];
}

/**
 * The site a build makes of its content: the catalog in context (mount, public origin) and its
 * pages. A single-brand build is that brand's own center, so its `site` is the public origin.
 */
export function loadSite(options: SiteOptions, pdf = false): BuiltSite {
  const { catalog, texts, vocabulary, mounted, shard, read } = loadContent(options);
  const origin = publicOrigin(options, catalog, mounted);
  const diffDir = diffCacheDir(options);
  const groups = [...(options.projectDir === undefined ? [] : shippedGroups(options.projectDir)), ...vocabulary];
  const ctx = siteContext(
    catalog,
    { brand: mounted },
    new URL(origin),
    cachedDiffs(diffDir === undefined ? undefined : valueCache(diffDir), diffEngine(options)),
    pdf,
    groups,
    // A shard counts its own brands; assemble adds up every shard's (src/lib/build/search-aids.ts).
    searchAids(catalog, groups, keptAids(options), undefined, read),
  );
  return { ctx, pages: sitePages(ctx, read), texts, shard };
}

/**
 * The public origin of a build, most specific first: PRIVACY_CENTER_SITE; a brand built alone by
 * PRIVACY_CENTER_BRAND (build:brands) has its own domain in brand.yaml's `site`; then site.yaml's
 * `url`, the mounted brand's `site`, and a placeholder.
 */
export function publicOrigin(options: SiteOptions, catalog: Catalog, mounted: string | undefined): string {
  const brandSite = mounted === undefined ? undefined : catalog.brands.find((b) => b.id === mounted)?.data.site;
  const chosenAlone = options.brand === undefined ? undefined : brandSite;
  return options.site ?? chosenAlone ?? catalog.site.url ?? brandSite ?? PLACEHOLDER_SITE;
}

/**
 * Loads and checks the whole content folder; throws a ContentError listing every problem when any
 * file is wrong, so the build stops before anything is written.
 */
export function loadCatalog(options: SiteOptions): Catalog {
  return loadContent(options).catalog;
}

function loadContent(options: SiteOptions): Pick<ContentRecords, 'texts' | 'vocabulary'> & {
  catalog: Catalog;
  mounted: string | undefined;
  shard: ReadonlySet<string> | undefined;
  /** The brands whose texts were read, in a shard: its own. */
  read: ReadonlySet<string> | undefined;
} {
  // A shard reads every version in outline, for the catalog its share and the shared pages are made
  // of, and the texts of its own brands alone; the others' shards check theirs.
  const records = readContent(options.contentDir, { ...textCache(options), outline: options.shard !== undefined });
  const catalog = buildCatalog(records, options.now);
  // site.yaml's brand is checked where it is read; PRIVACY_CENTER_BRAND here.
  const mounted = options.brand ?? catalog.site.brand;
  const { shard, read } = shardChoice(options, catalog);
  if (read !== undefined) readTexts(records, read);
  const problems = contentProblems(records, options.now, read);
  if (options.brand !== undefined && !catalog.brands.some((b) => b.id === options.brand)) {
    problems.push(
      problem(
        'settings',
        'PRIVACY_CENTER_BRAND',
        `There is no brand "${options.brand}" in ${options.contentDir}.`,
        `Use one of: ${catalog.brands.map((b) => b.id).join(', ') || '(none)'}.`,
      ),
    );
  }
  if (typeof shard === 'string')
    problems.push(
      shardProblem(shard, 'Name brands of this content, or build the shards of the whole group (--shard 2/4).'),
    );
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems, options.contentDir);
  const brands = mounted === undefined ? catalog.brands : catalog.brands.filter((b) => b.id === mounted);
  return {
    catalog: { ...catalog, brands },
    texts: records.texts,
    vocabulary: records.vocabulary,
    mounted,
    shard: typeof shard === 'string' ? undefined : shard,
    read,
  };
}

/**
 * Fills the text cache from the last file to the first, discarding what it read: run on a second
 * thread while the build reads first to last (src/integrations/site.ts), it parses about half the
 * texts of a first build, and the build reads those from the cache.
 */
export function warmTexts(options: SiteOptions): void {
  const cache = textCache(options);
  if (cache.cache === undefined) return;
  // A shard's texts only: its brands, found in an outline of the content as the build finds them.
  const only =
    options.shard === undefined
      ? undefined
      : shardChoice(options, buildCatalog(readContent(options.contentDir, { outline: true }), options.now)).read;
  readContent(options.contentDir, { ...cache, fill: true, only });
}

/**
 * A shard build's units (or what is wrong with its setting) and the brands whose texts it reads: its
 * own, none when its setting names no shard of this content. Neither without a shard.
 */
function shardChoice(
  options: SiteOptions,
  catalog: Catalog,
): { shard: ReadonlySet<string> | string | undefined; read: ReadonlySet<string> | undefined } {
  if (options.shard === undefined) return { shard: undefined, read: undefined };
  const shard = shardOf(options.shard.setting, catalog, options.brand ?? catalog.site.brand);
  const read = new Set(catalog.brands.map((b) => b.id).filter((id) => typeof shard !== 'string' && shard.has(id)));
  return { shard, read };
}

/**
 * Rendered texts and checked frontmatter kept between builds, keyed by the code that reads, checks
 * and renders them and lays them out in the cache (src/lib/content/read.ts and what it imports;
 * src/lib/build/code-key.ts).
 */
function textCache(options: SiteOptions) {
  const root = cacheRoot(options);
  const project = options.projectDir;
  if (root === undefined || project === undefined) return {};
  return {
    cache: valueCache(join(root, 'texts')),
    codeKey: codeKey(join(project, 'src/lib/content/read.ts'), project),
  };
}

/**
 * Where the search lexicon and suggestions are kept between builds, under the code that renders
 * texts (their blocks and terms) and the code that makes the files.
 */
function keptAids(options: SiteOptions): KeptAids | undefined {
  const root = cacheRoot(options);
  const project = options.projectDir;
  if (root === undefined || project === undefined) return undefined;
  const code = ['src/lib/policy/text.ts', 'src/lib/build/search-aids.ts'].map((f) =>
    codeKey(join(project, f), project),
  );
  const site = createHash('sha256')
    .update(JSON.stringify([options.contentDir, options.brand ?? '']))
    .digest('hex')
    .slice(0, 16);
  return { cache: valueCache(join(root, 'search-aids')), codeKey: code.join('-'), site };
}

/** Where redlines are kept between builds: a folder named by the diff engine's code. */
export function diffCacheDir(options: SiteOptions): string | undefined {
  const root = cacheRoot(options);
  const engine = diffEngine(options);
  return root === undefined || engine === undefined ? undefined : join(root, 'diffs', engine);
}

/** A name for the diff engine's code, which redlines are kept and named under. */
function diffEngine(options: SiteOptions): string | undefined {
  if (options.projectDir === undefined) return undefined;
  return codeKey(join(options.projectDir, 'src/lib/diff/diff.ts'), options.projectDir);
}

/** The units a shard builds (src/lib/build/shard.ts), or what is wrong: a shard is part of the group site, never a brand's own. */
function shardOf(setting: ShardSetting, catalog: Catalog, mounted: string | undefined): ReadonlySet<string> | string {
  if (mounted !== undefined)
    return `This content is one brand's own center (site.yaml's brand: ${mounted}), which is built whole; shards split a group's site.`;
  const chosen = shardBrands(setting, shardUnits(catalog));
  return 'problem' in chosen ? chosen.problem : new Set(chosen.brands);
}
