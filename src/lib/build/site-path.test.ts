import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePath } from './site-path.ts';

describe('sitePath', () => {
  it('places a site path, with or without its leading slash, under the folder', () => {
    expect(sitePath('/srv/site', '/acme/privacy/blocks.json')).toBe(join('/srv/site', 'acme/privacy/blocks.json'));
    expect(sitePath('/srv/site', 'acme/index.html')).toBe(join('/srv/site', 'acme/index.html'));
    expect(sitePath('site', '/acme/index.html')).toBe(join(process.cwd(), 'site/acme/index.html'));
  });

  it('refuses a path that leaves the folder, is the folder, names a folder, or is not in plain form', () => {
    for (const bad of ['/../outside.txt', 'a/../../x', 'a/../b', '/', '', 'acme/', 'acme//x', './acme/x'])
      expect(() => sitePath('/srv/site', bad)).toThrow(/not a file path inside the site/);
  });
});
