import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { siteFiles } from './files.ts';
import { sitePages } from './pages.ts';
import { siteContext } from './site-context.ts';
import { reservedSegments } from './urls.ts';

describe('reservedSegments', () => {
  it("holds every folder the site writes outside its brands' own, so no brand or policy id can take one", () => {
    const ctx = siteContext(smallCatalog('2024-01-01'), { brand: undefined }, new URL('https://privacy.example.com'));
    const brands = new Set(ctx.catalog.brands.map((b) => b.id));
    const paths = [...siteFiles(ctx, sitePages(ctx)).map((f) => f.path), ...sitePages(ctx).map((p) => p.path)];
    const folders = new Set(
      paths.map((path) => path.replace(/^\/+/, '').split('/')).flatMap((s) => (s.length > 1 ? [s[0]!] : [])),
    );
    const shared = [...folders].filter((folder) => !brands.has(folder));
    expect(shared).toContain('open-terms-archive');
    for (const folder of shared) expect(reservedSegments.has(folder), folder).toBe(true);
  });
});
