// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { siteOptions } from './src/lib/site.ts';
import { headingAnchors } from './src/lib/heading-anchor.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { brandStyles } from './src/integrations/brand-styles.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { diffWarmup } from './src/integrations/diff-warmup.ts';

const options = siteOptions(process.env, process.cwd());
/**
 * One content cache per content folder, brand and destination, so builds that run at the same time
 * (tests, build:brands) never share Astro's data store, while a rebuild of the same site reuses it.
 * scripts/build.ts names the destination; the outDir itself is a staging folder that changes per run.
 */
const destination = process.env['PRIVACY_CENTER_DESTINATION'] ?? process.env['PRIVACY_CENTER_OUT'] ?? 'dist';
const cacheKey = createHash('sha256')
  .update(`${options.contentDir}|${options.brand ?? ''}|${destination}`)
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  site: process.env['PRIVACY_CENTER_SITE'] || 'https://privacy.example.com',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env['PRIVACY_CENTER_OUT'] || 'dist',
  cacheDir: `node_modules/.astro/${cacheKey}`,
  devToolbar: { enabled: false },
  // Headings ending in \{#id\} keep that id across versions (src/lib/heading-anchor.ts).
  markdown: { processor: satteri({ hastPlugins: [headingAnchors] }) },
  integrations: [contentCheck(options), diffWarmup(options), brandStyles(options), mdx(), pagefindIndex()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline bundled scripts into the HTML: the Content-Security-Policy allows only script files.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX page carries Astro's own "use astro:head-inject" directive; the bundler's note on it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
