// Builds every brand as its own site: dist-brands/<brand>/, each mounted at / with its own
// sitemap, search index and 404, ready to deploy to the brand's own domain.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read.ts';
import { readSettings } from '../src/lib/build/settings.ts';

const { options } = readSettings(process.env, process.cwd());
const out = resolve(process.env['PRIVACY_CENTER_BRANDS_OUT'] || 'dist-brands');
const brands = readContent(options.contentDir).brands.map((b) => b.id);
const failed: string[] = [];
for (const brand of brands) {
  process.stdout.write(`\n== ${brand} -> ${out}/${brand}/\n`);
  const result = spawnSync(process.execPath, [resolve(import.meta.dirname, 'build.ts')], {
    stdio: 'inherit',
    env: { ...process.env, PRIVACY_CENTER_BRAND: brand, PRIVACY_CENTER_OUT: `${out}/${brand}` },
  });
  if (result.status !== 0) failed.push(brand);
}
if (failed.length > 0) {
  process.stderr.write(`\nThese brands failed to build: ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`\nBuilt ${brands.length} brand sites in ${out}/\n`);
