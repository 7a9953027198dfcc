import { loadCatalog, siteOptions } from './site.ts';
import type { Catalog } from './catalog.ts';
import type { Mount } from './urls.ts';

/** This build's settings, read once from the environment (PRIVACY_CENTER_CONTENT, _NOW, _BRAND). */
export const options = siteOptions(process.env, process.cwd());

export const mount: Mount = { brand: options.brand };

let cached: Catalog | undefined;

/** The catalog every page renders from; loaded once per build without re-checking the texts (content-check did). */
export function catalog(): Catalog {
  cached ??= loadCatalog(options, { checkText: false });
  return cached;
}
