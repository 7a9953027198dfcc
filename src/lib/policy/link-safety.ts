import { SCHEMES } from './allowlist.ts';

/**
 * The scheme a browser would see in a link, after the clean-up the URL standard does before parsing:
 * leading and trailing control characters and spaces dropped, tabs and newlines removed anywhere
 * (so `java\tscript:` is `javascript:`). Character references are decoded by the parser before this.
 * Undefined for a link without a scheme: a relative path, `?query`, `#fragment` or `//host/path`.
 */
export function linkScheme(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the URL standard's own clean-up of C0 controls
  const cleaned = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/** Whether a link may appear in a policy or in brand.yaml: https, http, mailto, tel or no scheme. */
export function isSafeLink(raw: string): boolean {
  const scheme = linkScheme(raw);
  // eslint-disable-next-line no-control-regex -- a control character left inside is never a real link
  return (scheme === undefined || SCHEMES.includes(scheme)) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(raw);
}
