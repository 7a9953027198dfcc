import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { pageFeeds } from './page-feeds.ts';
import { siteContext } from './site-context.ts';

const catalog = smallCatalog('2024-01-01');
const brand = catalog.brands[0]!;
const policy = brand.policies[1]!;
const site = new URL('https://privacy.example.com');

describe('pageFeeds', () => {
  const ctx = siteContext(catalog, { brand: undefined }, site);

  it('offers the policy feed before the brand feed on policy pages', () => {
    expect(pageFeeds(ctx, { kind: 'version', brand, policy })).toEqual([
      { title: 'Acme · 隐私政策', href: '/acme/privacy/feed.xml' },
      { title: 'Acme 隐私中心', href: '/acme/feed.xml' },
    ]);
  });

  it('offers the brand feed on the brand center and the all-brands feed on the directory', () => {
    expect(pageFeeds(ctx, { kind: 'brand', brand }).map((f) => f.href)).toEqual(['/acme/feed.xml']);
    expect(pageFeeds(ctx, { kind: 'directory' }).map((f) => f.href)).toEqual(['/feed.xml']);
  });

  it('follows the mount of a single-brand build', () => {
    const single = siteContext(catalog, { brand: 'acme' }, site);
    expect(pageFeeds(single, { kind: 'history', brand, policy }).map((f) => f.href)).toEqual([
      '/privacy/feed.xml',
      '/feed.xml',
    ]);
  });
});
