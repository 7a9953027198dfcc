import { buildCatalog } from './catalog.ts';
import { readContent } from './content.ts';
import { diffTexts, versionBlocks } from './diffs.ts';
import { brandLocales, comparedTexts } from './pages.ts';

/**
 * Computes every block list and consecutive diff the pages will ask for, storing them in the disk
 * cache. Run in a worker while Astro bundles, it moves that work to the second core; a page that
 * needs a result before the worker got to it simply computes it itself.
 */
export function warmDiffs(contentDir: string, now: string): number {
  const records = readContent(contentDir, { checkText: false });
  let pairs = 0;
  for (const brand of buildCatalog(records, now).brands) {
    for (const policy of brand.policies) {
      for (const version of policy.versions)
        for (const text of [version, ...Object.values(version.translations)]) versionBlocks(text);
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
