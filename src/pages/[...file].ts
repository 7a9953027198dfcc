import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../lib/build/current-site.ts';
import { siteFiles } from '../lib/routes/files.ts';
import type { SiteFile } from '../lib/routes/site-file.ts';

/** Every non-HTML file of the site (logos, feeds, JSON records, sources, hosting files) comes from src/lib/routes/files.ts. */
export const getStaticPaths = (() => {
  const { ctx, pages } = currentSite();
  return siteFiles(ctx, pages).map((file) => ({ params: { file: file.path.replace(/^\//, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: SiteFile };
  return new Response(new Uint8Array(file.body()), { headers: { 'Content-Type': file.type } });
};
