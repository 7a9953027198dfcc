import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteOptions } from './lib/site.ts';

const { contentDir } = siteOptions(process.env, process.cwd());

/**
 * Version files, rendered by Astro's MDX pipeline. Their frontmatter is validated earlier by
 * src/lib/content.ts (see the content-check integration), which also builds the catalog.
 * The id is the path below brands/, e.g. `beiye/privacy/2024-03-01.mdx`.
 */
export const collections = {
  versions: defineCollection({
    loader: glob({ pattern: '*/*/*.mdx', base: `${contentDir}/brands`, generateId: ({ entry }) => entry }),
  }),
};
