import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { recordFiles } from './files.ts';
import { siteContext } from '../routes/site-context.ts';

const catalog = smallCatalog('2024-01-01');
const site = new URL('https://privacy.example.com');

describe('recordFiles', () => {
  it('lists the feeds, indexes and sources of an all-brands build', () => {
    const files = recordFiles(siteContext(catalog, { brand: undefined }, site));
    // The compare page's files (each version's blocks, each policy's steps.css) ride along.
    const compare = /\/blocks(\.[\w-]+)?\.json$|\/compare\/steps\.css$/;
    expect(files.map((f) => f.path).filter((p) => p.endsWith('/steps.css'))).toEqual([
      '/acme/cookies/compare/steps.css',
      '/acme/privacy/compare/steps.css',
    ]);
    expect(files.map((f) => f.path).filter((p) => !compare.test(p))).toEqual([
      '/feed.xml',
      '/index.json',
      '/acme/feed.xml',
      '/acme/index.json',
      '/acme/cookies/feed.xml',
      '/acme/cookies/versions.json',
      '/acme/cookies/2021-03-01/source.mdx',
      '/acme/privacy/feed.xml',
      '/acme/privacy/versions.json',
      '/acme/privacy/2020-01-01/source.mdx',
      '/acme/privacy/2023-06-01/source.mdx',
      '/acme/privacy/2023-06-01/source.en.mdx',
      '/acme/privacy/2099-01-01/source.mdx',
    ]);
  });

  it('mounts a single brand at the root, without a second site feed', () => {
    const files = recordFiles(siteContext(catalog, { brand: 'acme' }, site));
    expect(files.map((f) => f.path).slice(0, 3)).toEqual(['/feed.xml', '/index.json', '/cookies/feed.xml']);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('serves each source with the bytes its sha256 was taken of', () => {
    const files = recordFiles(siteContext(catalog, { brand: undefined }, site));
    const record = JSON.parse(
      files
        .find((f) => f.path === '/acme/privacy/versions.json')!
        .body()
        .toString('utf8'),
    ) as {
      versions: Array<{ source: string; sha256: string; translations: Array<{ source: string; sha256: string }> }>;
    };
    for (const entry of record.versions.flatMap((v) => [v, ...v.translations])) {
      const file = files.find((f) => f.path === new URL(entry.source).pathname)!;
      expect(file.type).toBe('text/plain; charset=utf-8');
      expect(createHash('sha256').update(file.body()).digest('hex')).toBe(entry.sha256);
    }
  });
});
