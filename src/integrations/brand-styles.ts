import type { AstroIntegration } from 'astro';
import { storedSite } from '../lib/build/store.ts';
import { brandStylesheet } from '../lib/model/brand-css.ts';

const id = 'virtual:privacy-center/brands.css';

/** The brands of the loaded catalog; none while content is broken in `astro dev` (the overlay says why). */
function storedBrands() {
  try {
    return storedSite()?.ctx.catalog.brands ?? [];
  } catch {
    return [];
  }
}

/** Serves every brand's colours as one stylesheet, so pages need no inline styles (strict CSP). */
export function brandStyles(): AstroIntegration {
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
                load: (resolved) => (resolved === `\0${id}` ? brandStylesheet(storedBrands()) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
