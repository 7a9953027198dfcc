import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, mount } from '../lib/build/page-catalog.ts';
import { siteFiles, type SiteFile } from '../lib/routes/files.ts';
import { hostingFiles } from '../lib/hosting/hosting.ts';
import { compareFiles } from '../lib/routes/compare-files.ts';
import { sitePages } from '../lib/routes/pages.ts';

/** Every non-HTML file of the site (logos, feeds, JSON records, sources, hosting files) comes from src/lib. */
export const getStaticPaths = (() =>
  [
    ...siteFiles(catalog(), mount, new URL(import.meta.env.SITE)),
    ...hostingFiles(sitePages(catalog(), mount), new URL(import.meta.env.SITE)),
    ...compareFiles(catalog(), mount),
  ].map((file) => ({
    params: { file: file.path.replace(/^\//, '') },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: SiteFile };
  return new Response(new Uint8Array(file.body()), { headers: { 'Content-Type': file.type } });
};
