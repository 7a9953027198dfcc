import type { PageRef } from '../routes/pages.ts';
import type { SiteFile } from '../routes/site-file.ts';
import { SITEMAP_INDEX, sitemapFiles } from './sitemap.ts';

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

/** How each kind of file is served; `/*` is every file, later rules add to it. */
const PATH_RULES = [
  { pattern: '/*', location: undefined, cache: 'public, max-age=0, must-revalidate' },
  // Hashed file names never change: cache them for a year.
  { pattern: '/_astro/*', location: 'location /_astro/', cache: 'public, max-age=31536000, immutable' },
  { pattern: '/pagefind/*', location: 'location /pagefind/', cache: 'public, max-age=3600' },
  // Version sources are served as text so anyone can read them and check their SHA-256.
  {
    pattern: '/*.mdx',
    location: 'location ~ \\.mdx$',
    cache: 'public, max-age=0, must-revalidate',
    type: 'text/plain; charset=utf-8',
  },
] as const;

/** Headers file for Netlify and Cloudflare Pages: security headers everywhere, a cache rule per kind of file. */
export function headersFile(): string {
  const lines: string[] = [];
  for (const rule of PATH_RULES) {
    lines.push(rule.pattern);
    if (rule.location === undefined) lines.push(...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`));
    lines.push(`  Cache-Control: ${rule.cache}`);
    if ('type' in rule) lines.push(`  Content-Type: ${rule.type}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * deploy/nginx.conf, from the same rules as _headers. nginx forgets the server's add_header lines
 * in a location that adds its own, so every location repeats the security headers.
 */
export function nginxConfig(): string {
  const headers = (indent: string, cache: string) =>
    [
      ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`),
      `${indent}add_header Cache-Control "${cache}" always;`,
    ].join('\n');
  const [all, ...located] = PATH_RULES;
  const locations = located.map((rule) =>
    [
      `    ${rule.location} {`,
      ...('type' in rule ? ['        types { }', `        default_type "${rule.type}";`] : []),
      headers('        ', rule.cache),
      '    }',
    ].join('\n'),
  );
  return `# Serves a built Privacy Center (dist/) with the same headers as dist/_headers. Generated from
# src/lib/hosting/hosting.ts (node scripts/write-nginx-conf.ts); a test keeps the two equal.
# Include this server block in nginx's http context and set \`root\` to the built site.
server {
    listen 8080;
    server_name _;
    root /srv/privacy-center;
    index index.html;
    charset utf-8;

${headers('    ', all.cache)}

    location / {
        try_files $uri $uri/ =404;
${headers('        ', all.cache)}
    }

${locations.join('\n\n')}

    # Without JavaScript the compare form asks for ?from=<date>&to=<date>: a pair of consecutive
    # versions has a static redline, so the visitor is sent there; any other pair stays on the
    # compare page, which says why it needs JavaScript and lists the consecutive redlines.
    location ~ ^(?<policy>/.+/)compare/$ {
        set $redline /nonexistent/;
        if ($args ~ "^from=(\\d{4}-\\d{2}-\\d{2})&to=(\\d{4}-\\d{2}-\\d{2})$") {
            set $redline "$\{policy}changes/$1...$2/";
        }
        if (-f "$document_root$\{redline}index.html") {
            return 302 $redline;
        }
        try_files $uri $uri/ =404;
${headers('        ', all.cache)}
    }

    # Files for the build and other hosts, not for visitors.
    location = /_headers { return 404; }
    location ~ /\\. { return 404; }

    error_page 404 /404.html;
}
`;
}

export function robots(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, site).href}\n`;
}

/** The sitemaps, robots.txt and _headers for this build. */
export function hostingFiles(pages: readonly PageRef[], site: URL): SiteFile[] {
  const text = (path: string, type: string, body: string): SiteFile => ({ path, type, body: () => Buffer.from(body) });
  return [
    ...sitemapFiles(pages, site),
    text('/robots.txt', 'text/plain; charset=utf-8', robots(site)),
    text('/_headers', 'text/plain; charset=utf-8', headersFile()),
  ];
}
