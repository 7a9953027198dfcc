import type { Catalog } from '../model/catalog.ts';
import type { SiteFile } from './files.ts';
import { brandRef } from './pages.ts';
import { makeUrls, type Mount } from './urls.ts';

/** Each version text as JSON blocks, fetched by the compare page to diff any two versions in the browser. */
export function compareFiles(catalog: Catalog, mount: Mount): SiteFile[] {
  const urls = makeUrls(mount);
  return catalog.brands.flatMap((brand) =>
    brand.policies.flatMap((policy) =>
      policy.versions.flatMap((version) =>
        [version, ...Object.values(version.translations)].map((text) => ({
          path: urls.blocks(brandRef(brand), policy.id, version.date, text.locale),
          type: 'application/json',
          body: () => Buffer.from(JSON.stringify({ locale: text.locale, blocks: text.text.blocks })),
        })),
      ),
    ),
  );
}
