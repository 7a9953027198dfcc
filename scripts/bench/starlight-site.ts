/**
 * The peer a team would pick instead: Starlight, Astro's documentation framework, on the same version
 * pages (one page per version, in Chinese), with its defaults: a sidebar of every page and Pagefind
 * search. It is installed from the npm registry into the benchmark's temporary folder, never into
 * the project, with the project's own Astro version.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The Starlight release line the benchmark measures. */
export const STARLIGHT = '0.42';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.STARLIGHT_OUT || 'dist',
  devToolbar: { enabled: false },
  integrations: [
    starlight({ title: '隐私中心', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } }),
  ],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Installs Starlight and the project's Astro into `dir` (once per benchmark); returns the versions
 * installed, or throws with npm's output when the registry cannot be reached.
 */
export function installStarlight(dir: string, projectRoot: string): { starlight: string; astro: string } {
  const astro = (
    JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module' })}\n`,
  );
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', `@astrojs/starlight@${STARLIGHT}`, `astro@${astro}`],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  if (npm.status !== 0) throw new Error(`npm could not install Starlight ${STARLIGHT}:\n${npm.stdout}${npm.stderr}`);
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return { starlight: version('@astrojs/starlight'), astro: version('astro') };
}

/**
 * Writes the Starlight site of a corpus into the folder Starlight was installed in (Astro's virtual
 * modules do not resolve through a linked node_modules), replacing the pages of an earlier corpus;
 * returns its page count.
 */
export function writeStarlightSite(siteDir: string, contentDir: string): number {
  const docs = join(siteDir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(siteDir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(siteDir, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: 隐私中心\n---\n\n本站的品牌与政策。\n');
  const brandsDir = join(contentDir, 'brands');
  const files = readdirSync(brandsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  for (const file of files) {
    // The same text under Starlight's frontmatter (its schema wants a title; the rest is the project's own).
    const source = readFileSync(join(brandsDir, file), 'utf8');
    const end = source.indexOf('\n---\n', 4);
    const title = /^title: (.*)$/m.exec(source.slice(0, end))?.[1] ?? '"政策"';
    const page = join(docs, file);
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(page, `---\ntitle: ${title}\n---\n${source.slice(end + 5)}`);
  }
  return files.length;
}

/** What a fresh clone of the Starlight site lacks: Astro's generated files and caches, Vite's cache. */
export function clearStarlightCaches(siteDir: string): void {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(siteDir, cache), { recursive: true, force: true });
}
