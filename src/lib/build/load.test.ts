import { describe, expect, it } from 'vitest';
import { brokenCases } from '../../../tests/fixtures/broken-cases.ts';
import { writeContent } from '../../../tests/support/content-dir.ts';
import { brandRecord } from '../../../tests/support/catalog.ts';
import { buildCatalog } from '../model/catalog.ts';
import { siteSchema } from '../../schemas/site.ts';
import { loadCatalog, publicOrigin } from './load.ts';
import { PLACEHOLDER_SITE, readSettings } from './settings.ts';
import { ContentError, type Problem } from '../problem.ts';

function problemsOf(contentDir: string): readonly Problem[] {
  try {
    loadCatalog({ contentDir, now: '2024-01-01', brand: undefined, site: undefined });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadCatalog on broken content', () => {
  it.each(brokenCases)('$name: names the file, the problem and the fix', (c) => {
    const problems = problemsOf(writeContent(c.files));
    const found = problems.find((p) => p.file === c.file && c.message.test(p.message));
    expect(
      found,
      `problems were:\n${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`,
    ).toBeDefined();
    expect(found!.hint).toMatch(c.hint);
    if (c.line !== undefined) expect(found!.line).toBe(c.line);
  });

  it('says when there is no content folder at all, and how to start one', () => {
    const problems = problemsOf('/nonexistent/content');
    expect(problems.map((p) => p.message)).toEqual(['There is no content folder at /nonexistent/content.']);
    expect(problems[0]?.hint).toMatch(/privacy-center init/);
  });

  it('reports every problem at once, not just the first', () => {
    const cases = [0, 3, 8, 9].map((i) => brokenCases[i]!);
    // Each case brings the valid base files too; applied last, the first case's broken brand.yaml stays.
    const problems = problemsOf(writeContent(Object.assign({}, ...cases.map((c) => c.files).reverse())));
    for (const c of cases) {
      expect(
        problems.some((p) => p.file === c.file && c.message.test(p.message)),
        c.name,
      ).toBe(true);
    }
  });

  it('accepts valid content and names an unknown brand for single-brand builds', () => {
    expect(() =>
      loadCatalog({ contentDir: 'tests/fixtures/sites/basic', now: '2024-01-01', brand: undefined, site: undefined }),
    ).not.toThrow();
    expect(() =>
      loadCatalog({ contentDir: 'tests/fixtures/sites/basic', now: '2024-01-01', brand: 'nope', site: undefined }),
    ).toThrow(/no brand "nope".*\n.*Use one of: acme/);
  });
});

describe('readSettings', () => {
  const today = new Date('2026-12-01T08:00:00Z');
  const read = (env: Record<string, string>) => readSettings(env, '/repo', today);

  it('uses today, the content folder beside the project and no fixed site by default', () => {
    const { options, problems } = read({});
    expect(problems).toEqual([]);
    expect(options).toMatchObject({ now: '2026-12-01', contentDir: '/repo/content', site: undefined });
  });

  it('reads a shard, and refuses one that is wrong or beside PRIVACY_CENTER_BRAND', () => {
    expect(read({ PRIVACY_CENTER_SHARD: '2/4' }).options.shard).toEqual({
      value: '2/4',
      setting: { index: 2, count: 4 },
    });
    expect(read({ PRIVACY_CENTER_SHARD: 'beiye,yhd' }).options.shard?.setting).toEqual({ brands: ['beiye', 'yhd'] });
    expect(read({ PRIVACY_CENTER_SHARD: '0/4' }).problems.map((p) => p.file)).toEqual(['PRIVACY_CENTER_SHARD']);
    const both = read({ PRIVACY_CENTER_SHARD: '1/2', PRIVACY_CENTER_BRAND: 'yhd' }).problems;
    expect(both.map((p) => p.message)).toEqual([
      "A shard is part of the group site, and PRIVACY_CENTER_BRAND builds one brand's own center at /: set one of them.",
    ]);
  });

  it('refuses a PRIVACY_CENTER_NOW that is not a real date', () => {
    for (const now of ['2024-13-45', '2024-02-30', 'tomorrow']) {
      expect(read({ PRIVACY_CENTER_NOW: now }).problems.map((p) => p.file)).toEqual(['PRIVACY_CENTER_NOW']);
    }
    expect(read({ PRIVACY_CENTER_NOW: '2024-02-29' }).problems).toEqual([]);
  });

  it('takes an http(s) origin for PRIVACY_CENTER_SITE and refuses anything else', () => {
    expect(read({ PRIVACY_CENTER_SITE: 'https://privacy.example.com' }).problems).toEqual([]);
    expect(read({ PRIVACY_CENTER_SITE: 'http://localhost:4321/' }).problems).toEqual([]);
    for (const site of ['not a url', 'javascript:alert(1)', 'ftp://example.com/', 'https://example.com/privacy/']) {
      expect(
        read({ PRIVACY_CENTER_SITE: site }).problems.map((p) => p.file),
        site,
      ).toEqual(['PRIVACY_CENTER_SITE']);
    }
  });
});

describe('publicOrigin', () => {
  const catalog = (site: object, brandSite?: string) =>
    buildCatalog(
      {
        brands: [brandRecord(brandSite === undefined ? {} : { site: brandSite })],
        versions: [],
        site: siteSchema.parse(site),
      },
      '2024-01-01',
    );
  const options = (env: { site?: string; brand?: string }) => ({
    contentDir: '/c',
    now: '2024-01-01',
    brand: env.brand,
    site: env.site,
  });

  it('prefers PRIVACY_CENTER_SITE, then a brand built alone, then site.yaml, then the mounted brand, then a placeholder', () => {
    const both = catalog({ url: 'https://privacy.group.example' }, 'https://privacy.acme.example');
    expect(publicOrigin(options({ site: 'https://env.example' }), both, 'acme')).toBe('https://env.example');
    expect(publicOrigin(options({ brand: 'acme' }), both, 'acme')).toBe('https://privacy.acme.example');
    expect(publicOrigin(options({}), both, undefined)).toBe('https://privacy.group.example');
    expect(publicOrigin(options({}), both, 'acme')).toBe('https://privacy.group.example');
    expect(publicOrigin(options({}), catalog({}, 'https://privacy.acme.example'), 'acme')).toBe(
      'https://privacy.acme.example',
    );
    expect(publicOrigin(options({}), catalog({}), undefined)).toBe(PLACEHOLDER_SITE);
  });
});
