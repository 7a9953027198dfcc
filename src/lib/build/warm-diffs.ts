import { loadCatalog, type SiteOptions } from './load.ts';
import { diffTexts } from '../diff/cache.ts';
import { brandLocales, comparedTexts } from '../routes/pages.ts';

/**
 * Computes every consecutive diff the pages will ask for, storing them in the disk cache. Run in a
 * worker while Astro bundles, it moves that work to the second core; a page that needs a result
 * before the worker got to it simply computes it itself.
 */
export function warmDiffs(options: SiteOptions): number {
  let pairs = 0;
  for (const brand of loadCatalog(options).brands) {
    for (const policy of brand.policies) {
      for (const locale of brandLocales(brand)) {
        policy.versions.slice(1).forEach((to, i) => {
          diffTexts(...comparedTexts(policy.versions[i]!, to, locale));
          pairs++;
        });
      }
    }
  }
  return pairs;
}
