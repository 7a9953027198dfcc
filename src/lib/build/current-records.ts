import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { searchFiles } from '../search/files.ts';
import { decodeFragment, pagefindJson } from '../search/fragment.ts';
import type { PagefindFragment } from '../search/pagefind-api.ts';

/**
 * Where a brand's bundle holds its records of versions in force until the site is placed: made with
 * the bundle, they are kept in the cache with it, so a rebuild reads no fragment of an unchanged brand.
 */
export const IN_FORCE_FILE = 'in-force.pf_records';

/**
 * Writes a freshly written bundle's records of versions in force, read from its fragments, into the
 * bundle (IN_FORCE_FILE). The records are Pagefind's own, so the header box, which searches a small
 * scope from them (src/lib/search/current.ts), and Pagefind read the same text, headings and metadata.
 */
export async function writeRecordsInForce(bundle: string): Promise<void> {
  const folder = join(bundle, 'fragment');
  const records: PagefindFragment[] = [];
  for (const name of existsSync(folder) ? readdirSync(folder).sort() : []) {
    const record = await decodeFragment(new Uint8Array(gunzipSync(readFileSync(join(folder, name)))));
    if (record.meta['status'] !== 'current') continue;
    const { url, content, meta, filters, anchors } = record;
    records.push({ url, content, meta, filters, anchors });
  }
  records.sort((a, b) => a.url.localeCompare(b.url));
  writeFileSync(join(bundle, IN_FORCE_FILE), gzipRecords(records));
}

/**
 * Moves each brand's records in force from its bundle in the site's pagefind/ folder to where search
 * loads them (one file per brand); a brand without a bundle (no version yet) gets an empty file.
 */
export function placeRecordsInForce(site: string, brands: readonly string[]): void {
  for (const brand of brands) {
    const file = join(site, searchFiles.current(brand));
    mkdirSync(dirname(file), { recursive: true });
    const kept = join(site, searchFiles.pagefindBundle(brand), IN_FORCE_FILE);
    if (existsSync(kept)) renameSync(kept, file);
    else writeFileSync(file, gzipRecords([]));
  }
}

const gzipRecords = (records: PagefindFragment[]) =>
  gzipSync(pagefindJson(records), { level: constants.Z_BEST_COMPRESSION });
