import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../lib/build/current-site.ts';
import { dataKey } from '../lib/build/data-key.ts';
import { storedForBuild } from '../lib/build/store.ts';
import { siteFiles } from '../lib/routes/files.ts';
import type { SiteFile } from '../lib/routes/site-file.ts';

/**
 * Every non-HTML file of the site (logos, feeds, JSON records, sources, hosting files) comes from
 * src/lib/routes/files.ts. Each file's bytes are its cache key: a file that is what it was in the
 * last build is copied from that build rather than written again (Astro's incremental build).
 */
export const getStaticPaths = (() => {
  const { ctx, pages } = currentSite();
  return siteFiles(ctx, pages).map((file) => {
    const params = { file: file.path.replace(/^\//, '') };
    // `astro dev` serves only the files asked for, and has no cache to key.
    if (!storedForBuild()) return { params, props: { file } };
    const body = file.body();
    return { params, props: { file, body }, cacheKey: dataKey([file.type, body]) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file, body } = props as { file: SiteFile; body?: Buffer };
  return new Response(new Uint8Array(body ?? file.body()), { headers: { 'Content-Type': file.type } });
};
