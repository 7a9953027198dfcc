import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { pdfJobs, printPdfs } from '../lib/build/pdf.ts';
import { cacheRoot, type SiteOptions } from '../lib/build/settings.ts';
import { storedSite } from '../lib/build/store.ts';

/**
 * Prints every version and redline to PDF once Astro has written the pages, when the site was
 * loaded to have them (src/integrations/site.ts checks that a Chromium starts).
 */
export function pdfPrint(options: SiteOptions): AstroIntegration {
  return {
    name: 'privacy-center:pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = storedSite();
        if (site === undefined || !site.ctx.pdf) return;
        const started = performance.now();
        const jobs = pdfJobs(site);
        const root = cacheRoot(options);
        try {
          const { printed, cached } = await printPdfs(fileURLToPath(dir), jobs, root && join(root, 'pdf'));
          const seconds = (performance.now() - started) / 1000;
          logger.info(
            `Printed ${printed} PDFs (${cached} from the cache) in ${seconds.toFixed(2)}s, ${printed > 0 ? ((seconds / printed) * 1000).toFixed(0) : 0} ms each.`,
          );
        } catch (error) {
          throw new AstroError(
            `Printing the PDFs failed: ${error instanceof Error ? error.message : String(error)}`,
            'Set PRIVACY_CENTER_PDF=0 to build without PDFs, or check the Chromium in CHROMIUM_PATH.',
          );
        }
      },
    },
  };
}
