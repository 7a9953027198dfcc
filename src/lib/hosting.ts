import type { Page } from './pages.ts';
import type { SiteFile } from './files.ts';

/**
 * Content-Security-Policy the site satisfies: no inline scripts or styles anywhere.
 * 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; nothing else is evaluated.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Headers file for Netlify and Cloudflare Pages: security headers everywhere, long cache for hashed assets. */
export function headersFile(): string {
  const all = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return [
    '/*',
    ...all,
    '  Cache-Control: public, max-age=0, must-revalidate',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/pagefind/*',
    '  Cache-Control: public, max-age=3600',
    '/*.mdx',
    '  Content-Type: text/plain; charset=utf-8',
    '',
  ].join('\n');
}

/** Pages search engines should list: everything but superseded versions and translations-missing stand-ins. */
export function sitemap(pages: readonly Page[], site: URL): string {
  const urls = pages
    .filter((p) => !(p.kind === 'version' && p.version.status === 'archived'))
    .map((p) => {
      const lastmod = p.kind === 'version' ? p.version.date : undefined;
      return `<url><loc>${escapeXml(new URL(p.path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robots(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** sitemap.xml, robots.txt and _headers for this build. */
export function hostingFiles(pages: readonly Page[], site: URL): SiteFile[] {
  const text = (path: string, type: string, body: string): SiteFile => ({ path, type, body: () => Buffer.from(body) });
  return [
    text('/sitemap.xml', 'application/xml', sitemap(pages, site)),
    text('/robots.txt', 'text/plain; charset=utf-8', robots(site)),
    text('/_headers', 'text/plain; charset=utf-8', headersFile()),
  ];
}
