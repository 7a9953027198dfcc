/**
 * The bare baseline: the same version pages as plain MDX pages of a minimal Astro + MDX site with a
 * trivial layout, indexed by Pagefind's Node API after `astro build`. What the project's build costs
 * beyond this is the price of its own features (catalog, history, redlines, feeds, styling).
 * The site links the project's packages, so it uses the very same Astro, MDX and Pagefind and
 * nothing is installed; its caches stay inside its own folder.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules } from './project-snapshot.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.BASELINE_OUT || 'dist',
  devToolbar: { enabled: false },
});
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{frontmatter.title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

// Runs astro, then Pagefind in this process as the project's integration does in Astro's.
const BUILD = `import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

const out = process.env.BASELINE_OUT || 'dist';
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);
const started = performance.now();
const { index, errors } = await createIndex({});
if (!index) throw new Error(errors.join('\\n'));
const added = await index.addDirectory({ path: out });
if (added.errors.length > 0) throw new Error(added.errors.join('\\n'));
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
if (written.errors.length > 0) throw new Error(written.errors.join('\\n'));
console.log(\`[baseline:pagefind] Search index: \${added.page_count} pages in \${((performance.now() - started) / 1000).toFixed(2)}s\`);
await close();
`;

/** Writes the baseline site for a corpus; returns the number of pages it holds. */
export function writeBaselineSite(siteDir: string, contentDir: string, projectRoot: string): number {
  const pagesDir = join(siteDir, 'src/pages');
  mkdirSync(join(siteDir, 'src/layouts'), { recursive: true });
  writeFileSync(
    join(siteDir, 'package.json'),
    `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(siteDir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(siteDir, 'build.mjs'), BUILD);
  writeFileSync(join(siteDir, 'src/layouts/Policy.astro'), LAYOUT);
  linkNodeModules(projectRoot, siteDir);
  const brandsDir = join(contentDir, 'brands');
  const files = readdirSync(brandsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  for (const file of files) {
    // brands/<brand>/<policy>/<date>.mdx becomes src/pages/<brand>/<policy>/<date>.mdx, three levels below pages/.
    const source = readFileSync(join(brandsDir, file), 'utf8');
    const page = join(pagesDir, file);
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(page, source.replace(/^---\n/, "---\nlayout: '../../../layouts/Policy.astro'\n"));
  }
  return files.length;
}
