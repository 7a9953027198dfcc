import { describe, expect, it } from 'vitest';
import { brandsToBuild } from './changed-brands.ts';

describe('brandsToBuild', () => {
  it('names the brands whose files changed, a removed one too, and only those', () => {
    expect(
      brandsToBuild(
        [
          'content/brands/yhd/privacy/2025-01-01.mdx',
          'content/brands/beiye/logo.svg',
          'content/brands/yhd/brand.yaml',
          'content/brands/gone/privacy/2020-01-01.mdx',
          'README.md',
          'docs/cli.md',
        ],
        'content',
      ),
    ).toEqual({ all: false, brands: ['beiye', 'gone', 'yhd'] });
    expect(brandsToBuild([], 'content')).toEqual({ all: false, brands: [] });
  });

  it('calls for every brand when the code, its settings or the content shared by all brands changed', () => {
    for (const file of [
      'src/components/SiteFooter.astro',
      'package-lock.json',
      'astro.config.ts',
      'content/site.yaml',
      'content/search/vocabulary.yaml',
      'content/brands/README.md',
    ])
      expect(brandsToBuild(['content/brands/yhd/brand.yaml', file], 'content')).toEqual({ all: true, because: file });
    // Content at the repository's root: its prose is content too.
    expect(brandsToBuild(['brands/yhd/brand.yaml', 'notes.md'], '')).toEqual({ all: true, because: 'notes.md' });
    expect(brandsToBuild(['brands/yhd/brand.yaml'], '')).toEqual({ all: false, brands: ['yhd'] });
  });
});
