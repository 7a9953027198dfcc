import { readFileSync } from 'node:fs';
import { aidsFiles } from '../build/search-aids.ts';
import { hostingFiles } from '../hosting/hosting.ts';
import { logoFile, siteIcon } from '../model/assets.ts';
import { recordFiles } from '../record/files.ts';
import { otaFiles } from '../record/ota.ts';
import type { PageRef } from './pages.ts';
import type { SiteContext } from './site-context.ts';
import type { SiteFile } from './site-file.ts';

/** Every file of the site that is not an HTML page: logos, the site's icon, the search lexicon, the public record, compare data, hosting files. */
export function siteFiles(ctx: SiteContext, pages: readonly PageRef[]): SiteFile[] {
  const files: SiteFile[] = [];
  for (const brand of ctx.catalog.brands) {
    const logo = logoFile(brand);
    if (logo) {
      files.push({
        path: `${ctx.urls.brand(brand, brand.locale)}${logo.name}`,
        type: logo.type,
        body: () => readFileSync(logo.path),
      });
    }
  }
  const iconPath = ctx.catalog.siteIconPath;
  if (iconPath !== undefined) {
    const icon = siteIcon(ctx.catalog);
    files.push({ path: icon.href, type: icon.type, body: () => readFileSync(iconPath) });
  }
  files.push(...aidsFiles(ctx.searchAids));
  return [...files, ...recordFiles(ctx), ...otaFiles(ctx), ...hostingFiles(pages, ctx.site)];
}
