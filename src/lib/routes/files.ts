import { readFileSync } from 'node:fs';
import { hostingFiles } from '../hosting/hosting.ts';
import { logoFile } from '../model/assets.ts';
import { recordFiles } from '../record/files.ts';
import { buildLexicon } from '../build/search-lexicon.ts';
import type { PageRef } from './pages.ts';
import type { SiteContext } from './site-context.ts';
import type { SiteFile } from './site-file.ts';

/** Every file of the site that is not an HTML page: logos, the search lexicon, the public record, compare data, hosting files. */
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
  files.push({
    path: ctx.urls.searchLexicon(),
    type: 'application/json',
    body: () => Buffer.from(JSON.stringify(buildLexicon(ctx.catalog, ctx.vocabulary)), 'utf8'),
  });
  return [...files, ...recordFiles(ctx), ...hostingFiles(pages, ctx.site)];
}
