// @ts-check
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { cacheRoot, readSettings } from './src/lib/build/settings.ts';
import { formatProblems } from './src/lib/problem.ts';
import { defaultCacheRoot } from './src/lib/build/packages.ts';
import { site } from './src/integrations/site.ts';
import { brandStyles } from './src/integrations/brand-styles.ts';
import { pdfPrint } from './src/integrations/pdf.ts';
import { keptCss } from './src/integrations/kept-css.ts';

const projectDir = fileURLToPath(new URL('.', import.meta.url));
const settings = readSettings(process.env, process.cwd());
if (settings.problems.length > 0) {
  // Before Astro sees the settings, so a bad PRIVACY_CENTER_SITE is named as such.
  process.stderr.write(`\n${formatProblems(settings.problems, 'the environment')}\n`);
  process.exit(1);
}
const options = { ...settings.options, projectDir };

/**
 * One Vite cache per content folder, brand and destination, so builds that run at the same time
 * (tests, build:brands) never share one, while a rebuild of the same site reuses it.
 * scripts/build.ts names the destination; the outDir itself is a staging folder that changes per run.
 */
const destination = process.env['PRIVACY_CENTER_DESTINATION'] ?? process.env['PRIVACY_CENTER_OUT'] ?? 'dist';
const viteKey = createHash('sha256')
  .update(`${options.contentDir}|${options.brand ?? ''}|${destination}`)
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env['PRIVACY_CENTER_OUT'] || 'dist',
  cacheDir: join(cacheRoot(options) ?? defaultCacheRoot(projectDir), 'vite', viteKey),
  devToolbar: { enabled: false },
  // Policy texts are rendered by src/lib/policy (never compiled as code); pages are Astro components.
  integrations: [site(options), brandStyles(), pdfPrint(options)],
  vite: {
    // Tailwind's CSS, kept between builds of the same code (src/integrations/kept-css.ts).
    plugins: keptCss(tailwindcss(), cacheRoot(options)),
    build: {
      // Never inline bundled scripts into the HTML: the Content-Security-Policy allows only script files.
      assetsInlineLimit: 0,
    },
  },
});
