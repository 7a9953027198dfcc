/**
 * A shard: the part of a group's site one machine builds. Each brand's pages and files are built by
 * exactly one shard, and so is each search bundle of the brands' versions in force where the site
 * has them (a unit of its own: indexing the group's texts in force on every shard would cost each
 * as much as several brands); every shard also builds the parts all brands share (the
 * directory, search pages, feeds, index.json, the sitemap index, the bundled assets), from the
 * whole content, and leaves what its brands' texts give search's lexicon and suggestions, so that
 * `npm run assemble` can put the shards' outputs together into the site one build would make.
 */
import { LOCALES } from '../../schemas/brand.ts';
import type { ShardSetting } from './shard-setting.ts';
import type { Catalog } from '../model/catalog.ts';
import { inForceBundles } from '../search/current.ts';
import { bundleBrand, isInForceBundle, searchFiles } from '../search/files.ts';
import { otaBrandFolders } from '../record/ota.ts';
import { sitemapBrand } from '../hosting/sitemap.ts';
import type { AidsPart } from './search-aids.ts';

/** `PRIVACY_CENTER_SHARD`: `<i>/<n>` (the i-th of n shards, from 1), or a comma-separated list of brands. */

/** The file each shard leaves in its output for assemble: what it built, of what. */
export const SHARD_MANIFEST = '.privacy-center-shard.json';

export interface ShardManifest {
  /** The setting, as given. */
  shard: string;
  /** The units (shardUnits: brand ids, and the bundles of versions in force) this output holds, in their order. */
  brands: string[];
  /** Every unit of the content it was built from. */
  all: string[];
  /** The folders a brand owns outside its own (unitFolders), which assemble needs to tell whose a file is. */
  folders: Record<string, string>;
  /** The day its statuses are computed for. */
  now: string;
}

/** Whether a value read back from JSON is a list of strings. */
const strings = (value: unknown) => Array.isArray(value) && value.every((x) => typeof x === 'string');

/** Whether a manifest read back has this shape (one from an earlier version of the project may lack a field). */
export function isShardManifest(value: unknown): value is ShardManifest {
  const m = value as Partial<Record<keyof ShardManifest, unknown>> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.shard === 'string' &&
    typeof m.now === 'string' &&
    strings(m.brands) &&
    strings(m.all) &&
    typeof m.folders === 'object' &&
    m.folders !== null &&
    Object.values(m.folders).every((x) => typeof x === 'string')
  );
}

/**
 * The file each shard leaves beside its manifest: what its brands' texts give search's lexicon and
 * suggestions (src/lib/build/search-aids.ts), which assemble adds up into the whole site's.
 */
export const SHARD_SEARCH_PARTS = '.privacy-center-search.json';

export interface ShardSearchParts {
  /** The search vocabulary the shard was built with: every shard's must be the same. */
  groups: string[][];
  /** Each of its brands' part, by brand id. */
  parts: Record<string, AidsPart>;
}

/** Whether a parts file read back has this shape. */
export function isShardSearchParts(value: unknown): value is ShardSearchParts {
  const v = value as Partial<Record<keyof ShardSearchParts, unknown>> | null;
  const part = (x: unknown) => {
    const p = x as Partial<Record<keyof AidsPart, unknown>> | null;
    return (
      typeof p === 'object' &&
      p !== null &&
      typeof p.chars === 'string' &&
      strings(p.terms) &&
      Array.isArray(p.words) &&
      p.words.every((w) => Array.isArray(w) && w.length === 2 && typeof w[0] === 'string' && typeof w[1] === 'number')
    );
  };
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.groups) &&
    v.groups.every(strings) &&
    typeof v.parts === 'object' &&
    v.parts !== null &&
    Object.values(v.parts).every(part)
  );
}

/** The files assemble makes from every shard's search parts rather than taking one shard's. */
export const ASSEMBLED_FILES: readonly string[] = [searchFiles.lexicon, searchFiles.suggestions];

/** A part of the site one shard builds whole, weighed by the versions it holds. */
export interface ShardUnit {
  id: string;
  versions: number;
}

/**
 * What shards split among them: each brand, weighed by its versions, then, where the site has them
 * (inForceBundles), each search bundle of the brands' versions in force, weighed by those.
 */
export function shardUnits(catalog: Catalog): ShardUnit[] {
  const brands = catalog.brands.map((b) => ({
    id: b.id,
    versions: b.policies.reduce((n, p) => n + p.versions.length, 0),
  }));
  const inForceOf = inForceBundles(catalog);
  const inForce = new Map<string, number>();
  for (const brand of catalog.brands) {
    const bundle = inForceOf.get(brand.id);
    if (bundle === undefined) continue;
    const current = brand.policies.reduce((n, p) => n + p.versions.filter((v) => v.status === 'current').length, 0);
    inForce.set(bundle, (inForce.get(bundle) ?? 0) + current);
  }
  return [...brands, ...[...inForce].map(([id, versions]) => ({ id, versions }))];
}

/** A unit as sentences name it. */
export const unitName = (id: string) =>
  isInForceBundle(id) ? `the search bundle ${id} of brands' versions in force` : `the brand ${id}`;

/**
 * The units (shardUnits) a shard builds. `i/n` cuts the units, brands by id and then the bundles of
 * versions in force, laid end to end by their versions, into n equal lengths: a unit goes to the
 * shard its middle falls in. The same content always splits the same way, the shards differ by at
 * most about one unit's versions, and a new version moves a unit only where a middle sits on a cut:
 * each shard keeps its brands, and its caches stay its brands' (ordering by size would send most
 * brands elsewhere after one brand grew). A list names its brands (an unknown one is an error); the
 * bundles of the versions in force go with the first brand.
 */
export function shardBrands(
  setting: ShardSetting,
  units: readonly ShardUnit[],
): { brands: string[] } | { problem: string } {
  if ('brands' in setting) {
    const brands = units.filter((u) => !isInForceBundle(u.id));
    const known = new Set(brands.map((b) => b.id));
    const unknown = setting.brands.filter((b) => !known.has(b));
    if (unknown.length > 0)
      return {
        problem: `There is no brand ${unknown.map((b) => `"${b}"`).join(', ')}; brands: ${[...known].join(', ')}.`,
      };
    const withFirst = brands[0] !== undefined && setting.brands.includes(brands[0].id);
    return {
      brands: units
        .filter((u) => setting.brands.includes(u.id) || (isInForceBundle(u.id) && withFirst))
        .map((u) => u.id),
    };
  }
  const byId = (a: ShardUnit, b: ShardUnit) => (a.id < b.id ? -1 : 1);
  const order = [
    ...units.filter((u) => !isInForceBundle(u.id)).sort(byId),
    ...units.filter((u) => isInForceBundle(u.id)).sort(byId),
  ];
  const total = order.reduce((n, u) => n + u.versions, 0);
  const mine = new Set<string>();
  let before = 0;
  for (const unit of order) {
    const middle = before + unit.versions / 2;
    before += unit.versions;
    const shard = total === 0 ? 1 : Math.min(setting.count, Math.floor((middle * setting.count) / total) + 1);
    if (shard === setting.index) mine.add(unit.id);
  }
  return { brands: units.filter((u) => mine.has(u.id)).map((u) => u.id) };
}

/**
 * What part of the site a file is: one unit's (a brand's, or the bundle of the versions in force),
 * the search records every bundle adds to, made by assemble from every shard's parts, or shared.
 */
export type SitePart = { brand: string } | 'fragment' | 'assembled' | 'shared';

/**
 * The folders a brand's files fill besides `<brand>/…`, each with its brand: its folder of the Open
 * Terms Archive export, named by its service (src/lib/record/ota.ts). Kept in the shard manifest, so
 * that assemble tells whose they are as the build did.
 */
export function unitFolders(catalog: Catalog): Map<string, string> {
  return new Map([...otaBrandFolders(catalog)].map(([brand, folder]) => [folder, brand]));
}

/**
 * The part a file of the site belongs to, by its path from the site root, the site's units
 * (shardUnits) and the folders they own elsewhere (unitFolders): a brand's pages and files
 * (`<brand>/…`, `<locale>/<brand>/…`, its export folder), its search bundles and records in force,
 * its policies' sitemaps,
 * the bundle of the versions in force, the folder of every bundle's records, search's files that
 * assemble adds up, or the parts all brands share.
 */
export function partOf(path: string, brands: ReadonlySet<string>, folders: ReadonlyMap<string, string>): SitePart {
  const clean = path.replace(/^\/+/, '');
  if (clean.startsWith(searchFiles.pagefindFragments)) return 'fragment';
  if (ASSEMBLED_FILES.includes(clean)) return 'assembled';
  const segments = clean.split('/');
  const first = (LOCALES as readonly string[]).includes(segments[0]!) ? segments[1] : segments[0];
  if (first !== undefined && brands.has(first) && segments.length > 1) return { brand: first };
  const owner = segments.length > 2 ? folders.get(`${segments[0]}/${segments[1]}/`) : undefined;
  if (owner !== undefined) return { brand: owner };
  // Search's own files of a unit, at the paths search loads them from: its bundles
  // (src/lib/search/earlier.ts names whose a bundle is) and its records in force.
  const bundle =
    clean.startsWith(searchFiles.pagefindRoot) && segments.length > 2 ? bundleBrand(segments[1]!) : undefined;
  if (bundle !== undefined && brands.has(bundle)) return { brand: bundle };
  for (const brand of brands) if (clean === searchFiles.current(brand)) return { brand };
  const listedBy = sitemapBrand(clean);
  if (listedBy !== undefined && brands.has(listedBy)) return { brand: listedBy };
  return 'shared';
}

/** Whether a build makes the file at `path`: all of them, or in a shard its units' and the shared ones. */
export function builtHere(
  site: { shard?: ReadonlySet<string> | undefined; ctx: { catalog: Catalog } },
  path: string,
): boolean {
  if (site.shard === undefined) return true;
  const { ids, folders } = siteUnits(site.ctx.catalog);
  const part = partOf(path, ids, folders);
  return typeof part === 'string' || site.shard.has(part.brand);
}

const made = new WeakMap<Catalog, { ids: ReadonlySet<string>; folders: ReadonlyMap<string, string> }>();

/** A catalog's unit ids and their folders, made once per catalog: builtHere is asked for every page and file. */
function siteUnits(catalog: Catalog): { ids: ReadonlySet<string>; folders: ReadonlyMap<string, string> } {
  let found = made.get(catalog);
  if (found === undefined)
    made.set(catalog, (found = { ids: new Set(shardUnits(catalog).map((u) => u.id)), folders: unitFolders(catalog) }));
  return found;
}
