import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { siteOptions } from './src/lib/site.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { brandStyles } from './src/integrations/brand-styles.ts';

const options = siteOptions(process.env, process.cwd());
/** One content cache per content folder and brand, so builds of different corpora never share state. */
const cacheKey = createHash('sha256').update(`${options.contentDir}|${options.brand ?? ''}`).digest('hex').slice(0, 12);

export default defineConfig({
  site: process.env['PRIVACY_CENTER_SITE'] || 'https://privacy.example.com',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env['PRIVACY_CENTER_OUT'] || 'dist',
  cacheDir: `node_modules/.astro/${cacheKey}`,
  devToolbar: { enabled: false },
  integrations: [contentCheck(options), brandStyles(options), mdx()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Every MDX page carries Astro's own "use astro:head-inject" directive; the bundler's note on it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
