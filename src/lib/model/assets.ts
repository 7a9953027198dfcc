import { basename, extname } from 'node:path';
import type { Brand, Catalog } from './catalog.ts';
import { DEFAULT_ICON, siteIconPath } from '../routes/urls.ts';

const types: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** The icon pages link: the content's own (site.yaml's `icon`), else the default one of public/. */
export function siteIcon(catalog: Catalog): { href: string; type: string } {
  if (catalog.siteIconPath === undefined) return DEFAULT_ICON;
  const extension = extname(catalog.siteIconPath);
  return { href: siteIconPath(extension), type: types[extension.toLowerCase()] ?? 'image/png' };
}

/** The brand's logo as served beside its center page (`/<brand>/logo.svg`), when it has one. */
export function logoFile(brand: Brand): { name: string; path: string; type: string } | undefined {
  if (brand.logoPath === undefined) return undefined;
  const name = basename(brand.logoPath);
  return { name, path: brand.logoPath, type: types[extname(name).toLowerCase()] ?? 'application/octet-stream' };
}
