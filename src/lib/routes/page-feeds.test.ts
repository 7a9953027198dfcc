import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { pageFeeds } from './page-feeds.ts';
import { makeUrls } from './urls.ts';

const brand = smallCatalog('2024-01-01').brands[0]!;
const policy = brand.policies[1]!;

describe('pageFeeds', () => {
  const urls = makeUrls({ brand: undefined });

  it('offers the policy feed before the brand feed on policy pages', () => {
    expect(pageFeeds({ kind: 'version', brand, policy }, urls)).toEqual([
      { title: 'Acme · 隐私政策', href: '/acme/privacy/feed.xml' },
      { title: 'Acme 隐私中心', href: '/acme/feed.xml' },
    ]);
  });

  it('offers the brand feed on the brand center and the all-brands feed on the directory', () => {
    expect(pageFeeds({ kind: 'brand', brand }, urls).map((f) => f.href)).toEqual(['/acme/feed.xml']);
    expect(pageFeeds({ kind: 'directory' }, urls).map((f) => f.href)).toEqual(['/feed.xml']);
  });

  it('follows the mount of a single-brand build', () => {
    expect(pageFeeds({ kind: 'history', brand, policy }, makeUrls({ brand: 'acme' })).map((f) => f.href)).toEqual([
      '/privacy/feed.xml',
      '/feed.xml',
    ]);
  });
});
