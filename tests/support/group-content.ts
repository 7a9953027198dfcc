import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from './build.ts';

/**
 * A group of brands in `dir`: the basic fixture's brand under each id, named 示例<id> (in the colour
 * given, else the fixture's), each also holding the sample's five privacy policies, so that their
 * texts in force together are too large for the header's quick search and the site has bundles of
 * the brands' versions in force (src/lib/search/current.ts: inForceBundles).
 */
export function writeGroupContent(dir: string, brands: Record<string, string | undefined>): void {
  for (const [id, colour] of Object.entries(brands)) {
    const target = join(dir, 'brands', id);
    cpSync(resolve(root, 'tests/fixtures/sites/basic/brands/acme'), target, { recursive: true });
    for (const sample of readdirSync(resolve(root, 'content/brands')))
      cpSync(resolve(root, 'content/brands', sample, 'privacy'), join(target, sample), { recursive: true });
    const yaml = join(target, 'brand.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8')
        .replace('name: 示例公司', `name: 示例${id}`)
        .replace('"#1d4ed8"', `"${colour ?? '#1d4ed8'}"`)
        .replace(/^site: .*$/m, ''),
    );
  }
}
