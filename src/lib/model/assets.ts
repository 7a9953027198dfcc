import { basename, extname } from 'node:path';
import type { Brand } from './catalog.ts';

const types: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** The brand's logo as served beside its center page (`/<brand>/logo.svg`), when it has one. */
export function logoFile(brand: Brand): { name: string; path: string; type: string } | undefined {
  if (brand.logoPath === undefined) return undefined;
  const name = basename(brand.logoPath);
  return { name, path: brand.logoPath, type: types[extname(name).toLowerCase()] ?? 'application/octet-stream' };
}
