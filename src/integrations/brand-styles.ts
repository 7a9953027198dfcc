import type { AstroIntegration } from 'astro';
import { loadCatalog, type SiteOptions } from '../lib/site.ts';
import { storedCatalog } from '../lib/catalog-store.ts';
import { brandStylesheet } from '../lib/brand-css.ts';

const id = 'virtual:privacy-center/brands.css';

/** Serves every brand's colours as one stylesheet, so pages need no inline styles (strict CSP). */
export function brandStyles(options: SiteOptions): AstroIntegration {
  return {
    name: 'privacy-center:brand-styles',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'privacy-center:brand-styles',
                resolveId: (source) => (source === id ? `\0${id}` : undefined),
                load: (resolved) =>
                  resolved === `\0${id}`
                    ? brandStylesheet((storedCatalog() ?? loadCatalog(options, { checkText: false })).brands)
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
