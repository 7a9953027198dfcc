import type { AstroIntegration } from 'astro';
import { loadCatalog, type SiteOptions } from '../lib/site.ts';
import { ContentError } from '../lib/problem.ts';

/**
 * Checks every content file before Astro starts, so a mistake stops the build with one readable
 * list of problems (file, line, what is wrong, how to fix it) instead of a stack trace.
 */
export function contentCheck(options: SiteOptions): AstroIntegration {
  return {
    name: 'privacy-center:content-check',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        try {
          const catalog = loadCatalog(options);
          // A single-brand build is that brand's own center: its `site` is the canonical origin.
          const brandSite = options.brand === undefined ? undefined : catalog.brands[0]?.data.site;
          if (brandSite !== undefined && !process.env['PRIVACY_CENTER_SITE']) updateConfig({ site: brandSite });
          const versions = catalog.brands.reduce((n, b) => n + b.policies.reduce((m, p) => m + p.versions.length, 0), 0);
          logger.info(`${catalog.brands.length} brands, ${versions} versions, statuses as of ${catalog.now}`);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          process.stderr.write(`\n${error.message}\n`);
          process.exit(1);
        }
      },
    },
  };
}
