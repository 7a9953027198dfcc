import { readFileSync } from 'node:fs';
import type { Catalog } from '../model/catalog.ts';
import { logoFile } from '../model/assets.ts';
import { brandRef } from './pages.ts';
import { recordFiles } from '../record/files.ts';
import { makeUrls, type Mount } from './urls.ts';

/** A file served as-is: its URL path, media type and bytes (produced only when written). */
export interface SiteFile {
  path: string;
  type: string;
  body: () => Buffer;
}

/** `site` is the public URL that feeds and records use for absolute links. */
export function siteFiles(catalog: Catalog, mount: Mount, site: URL): SiteFile[] {
  const urls = makeUrls(mount);
  const files: SiteFile[] = [];
  for (const brand of catalog.brands) {
    const logo = logoFile(brand);
    if (logo)
      files.push({
        path: `${urls.brand(brandRef(brand), brand.data.locale)}${logo.name}`,
        type: logo.type,
        body: () => readFileSync(logo.path),
      });
  }
  files.push(...recordFiles(catalog, mount, urls, site));
  return files;
}
