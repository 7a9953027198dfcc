/**
 * Putting shards' outputs together (src/lib/build/shard.ts): each unit's files (a brand's, or a
 * bundle of brands' versions in force) from the shard that built it, every bundle's search records
 * from whichever holds them, search's lexicon and suggestions made from every shard's search parts,
 * and the shared parts, which every shard built from the same content and must hold byte for byte
 * alike.
 */
import { SITE_MARKER } from './output-folder.ts';
import { isInForceBundle } from '../search/files.ts';
import type { AidsPart } from './search-aids.ts';
import {
  partOf,
  SHARD_MANIFEST,
  SHARD_SEARCH_PARTS,
  unitName,
  type ShardManifest,
  type ShardSearchParts,
} from './shard.ts';

/**
 * One shard's output as read: its folder, its manifest, its files (relative paths, with `/`) and
 * its brands' search parts.
 */
export interface ShardOutput {
  dir: string;
  manifest: ShardManifest;
  files: string[];
  search: ShardSearchParts;
}

/**
 * Where each file of the assembled site comes from, and the search parts of every brand (in the
 * content's order) that search's lexicon and suggestions are made of; or what makes the outputs
 * unfit to assemble.
 */
export type AssemblyPlan =
  | {
      ok: true;
      sources: Map<string, string>;
      compare: { file: string; dirs: string[] }[];
      search: { groups: string[][]; parts: AidsPart[] };
    }
  | { ok: false; problems: string[] };

/** The files of a shard's output that are not the site's: what the shard tells assemble. */
const notSite = (file: string) => file === SHARD_MANIFEST || file === SHARD_SEARCH_PARTS || file === SITE_MARKER;

/**
 * Plans the assembled site: checks that the outputs are shards of one content for one day, that
 * each brand comes from exactly one of them and every brand from one, and that they share the same
 * shared files. `compare` lists the files whose copies must be equal byte for byte (the caller reads
 * them): the shared ones, and search records found in more than one output.
 */
export function planAssembly(outputs: readonly ShardOutput[]): AssemblyPlan {
  const problems: string[] = [];
  const [first] = outputs;
  if (first === undefined) return { ok: false, problems: ['Name the output folders of the shards to assemble.'] };
  const { all, folders } = first.manifest;
  for (const o of outputs.slice(1)) {
    if (JSON.stringify(o.manifest.all) !== JSON.stringify(all))
      problems.push(
        `${o.dir} was built from content with the brands ${o.manifest.all.join(', ')}, and ${first.dir} from content with ${all.join(', ')}: build every shard from the same commit.`,
      );
    else if (JSON.stringify(o.manifest.folders) !== JSON.stringify(folders))
      problems.push(
        `${o.dir} and ${first.dir} were built from content that names its brands differently: build every shard from the same commit.`,
      );
    if (o.manifest.now !== first.manifest.now)
      problems.push(
        `${o.dir} computes statuses for ${o.manifest.now}, and ${first.dir} for ${first.manifest.now}: build every shard with the same PRIVACY_CENTER_NOW (or on the same day).`,
      );
  }
  const owner = new Map<string, string>();
  for (const o of outputs)
    for (const brand of o.manifest.brands) {
      const other = owner.get(brand);
      if (other !== undefined)
        problems.push(`${capitalised(unitName(brand))} is in two outputs, ${other} and ${o.dir}.`);
      owner.set(brand, o.dir);
    }
  const missing = all.filter((b) => !owner.has(b));
  if (missing.length > 0) problems.push(`No output holds ${unitsNamed(missing)}: build the missing shards.`);
  if (problems.length > 0) return { ok: false, problems };

  const brands = new Set(all);
  const owners = new Map(Object.entries(folders));
  const sources = new Map<string, string>();
  const copies = new Map<string, string[]>();
  const sharedOf = (o: ShardOutput) => o.files.filter((f) => !notSite(f) && partOf(f, brands, owners) === 'shared');
  const shared = sharedOf(first);
  const parts = new Map<string, AidsPart>();
  for (const o of outputs) {
    const mine = new Set(o.manifest.brands);
    if (JSON.stringify(o.search.groups) !== JSON.stringify(first.search.groups))
      problems.push(
        `${o.dir} and ${first.dir} were built with different search vocabularies: build every shard from the same commit.`,
      );
    const ownBrands = o.manifest.brands.filter((b) => !isInForceBundle(b));
    const partsFor = Object.keys(o.search.parts);
    if (JSON.stringify([...partsFor].sort()) !== JSON.stringify([...ownBrands].sort()))
      problems.push(
        `${o.dir} holds search parts of ${partsFor.join(', ') || 'no brand'} and built ${ownBrands.join(', ') || 'no brand'}: build the shard again.`,
      );
    for (const [brand, part] of Object.entries(o.search.parts)) parts.set(brand, part);
    for (const file of o.files) {
      if (notSite(file)) continue;
      const part = partOf(file, brands, owners);
      if (part === 'assembled') continue;
      if (typeof part === 'object') {
        if (!mine.has(part.brand))
          problems.push(`${o.dir} holds ${file} of ${unitName(part.brand)}, which it did not build.`);
        else sources.set(file, o.dir);
        continue;
      }
      copies.set(file, [...(copies.get(file) ?? []), o.dir]);
      if (!sources.has(file)) sources.set(file, o.dir);
    }
    if (o !== first) {
      const theirs = new Set(sharedOf(o));
      const differ = [...shared.filter((f) => !theirs.has(f)), ...[...theirs].filter((f) => !shared.includes(f))];
      if (differ.length > 0)
        problems.push(
          `${o.dir} and ${first.dir} do not hold the same shared files (${differ.slice(0, 3).join(', ')}${differ.length > 3 ? ', …' : ''}): build every shard from the same commit and settings.`,
        );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const compare = [...copies].filter(([, dirs]) => dirs.length > 1).map(([file, dirs]) => ({ file, dirs }));
  const search = { groups: first.search.groups, parts: all.flatMap((id) => parts.get(id) ?? []) };
  return { ok: true, sources, compare, search };
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Units in a sentence: "the brands a, b", "the brand a and the search bundle of…". */
function unitsNamed(ids: readonly string[]): string {
  const brands = ids.filter((id) => !isInForceBundle(id));
  const named = brands.length > 0 ? [`the brand${brands.length > 1 ? 's' : ''} ${brands.join(', ')}`] : [];
  named.push(...ids.filter(isInForceBundle).map(unitName));
  return named.join(' and ');
}
