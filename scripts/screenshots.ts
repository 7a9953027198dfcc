// Screenshots of the built site for a visual check: node scripts/screenshots.ts <dist> <outdir> <path>…
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serve } from '../src/lib/build/static-server.ts';

const [dist = 'dist', out = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serve(resolve(dist));
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, width] of [
    ['desktop', 1280],
    ['mobile', 390],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(server.url + path);
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
