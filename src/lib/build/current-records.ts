import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { searchFiles } from '../search/files.ts';
import { decodeFragment, pagefindJson } from '../search/fragment.ts';
import type { PagefindFragment } from '../search/pagefind-api.ts';

/**
 * Writes each brand's records of versions in force, read from the Pagefind bundle just written, into
 * one file per brand (src/lib/search/current.ts): the header box searches a small scope from these.
 * The records are Pagefind's own, so both searches read the same text, headings and metadata.
 */
export async function writeCurrentRecords(site: string, bundle: string, brands: readonly string[]): Promise<void> {
  const folder = join(bundle, 'fragment');
  const byBrand = new Map<string, PagefindFragment[]>(brands.map((id) => [id, []]));
  for (const name of readdirSync(folder).sort()) {
    const bytes = gunzipSync(readFileSync(join(folder, name)));
    const record = await decodeFragment(new Uint8Array(bytes));
    const brand = record.meta['brand_id'];
    if (record.meta['status'] !== 'current' || brand === undefined) continue;
    const { url, content, meta, filters, anchors } = record;
    byBrand.get(brand)?.push({ url, content, meta, filters, anchors });
  }
  for (const [brand, records] of byBrand) {
    const file = join(site, searchFiles.current(brand));
    mkdirSync(dirname(file), { recursive: true });
    records.sort((a, b) => a.url.localeCompare(b.url));
    writeFileSync(file, gzipSync(pagefindJson(records), { level: constants.Z_BEST_COMPRESSION }));
  }
}
