import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { siteContext } from '../routes/site-context.ts';
import { otaBrandFolders, otaFiles } from './ota.ts';

const ctx = siteContext(smallCatalog('2024-01-01'), { brand: undefined }, new URL('https://privacy.example.com'));

describe('otaFiles', () => {
  it('lays out every version in force or archived as <service>/<terms type>/<date>T00-00-00Z.md, with a README', () => {
    expect(otaFiles(ctx).map((f) => f.path)).toEqual([
      '/open-terms-archive/Acme/Cookies Policy/2021-03-01T00-00-00Z.md',
      '/open-terms-archive/Acme/Privacy Policy/2020-01-01T00-00-00Z.md',
      '/open-terms-archive/Acme/Privacy Policy/2023-06-01T00-00-00Z.md',
      '/open-terms-archive/README.md',
    ]);
  });

  it('gives each version its title as a heading, then its text as written', () => {
    const file = otaFiles(ctx).find((f) => f.path.endsWith('/2023-06-01T00-00-00Z.md'));
    const text = file?.body().toString('utf8') ?? '';
    expect(text.startsWith('# 隐私政策\n\n')).toBe(true);
    expect(text).toContain(ctx.catalog.brands[0]!.policies[1]!.versions[1]!.body.trim());
  });

  it('tells two brands of one name apart by their ids', () => {
    const catalog = smallCatalog('2024-01-01');
    const twin = { ...catalog.brands[0]!, id: 'acme-hk' };
    const paths = otaFiles(
      siteContext({ ...catalog, brands: [catalog.brands[0]!, twin] }, { brand: undefined }, ctx.site),
    ).map((f) => f.path);
    expect(paths).toContain('/open-terms-archive/Acme (acme)/Privacy Policy/2020-01-01T00-00-00Z.md');
    expect(paths).toContain('/open-terms-archive/Acme (acme-hk)/Privacy Policy/2020-01-01T00-00-00Z.md');
  });

  it('tells apart brands whose names would make one folder', () => {
    const catalog = smallCatalog('2024-01-01');
    const [acme] = catalog.brands;
    const brands = [
      { ...acme!, id: 'slash', data: { ...acme!.data, name: '二/三' } },
      { ...acme!, id: 'dash', data: { ...acme!.data, name: '二-三' } },
      { ...acme!, id: 'upper', data: { ...acme!.data, name: 'ACME' } },
      acme!,
      { ...acme!, id: 'alone', data: { ...acme!.data, name: '四' } },
    ];
    expect([...otaBrandFolders({ ...catalog, brands }).values()]).toEqual([
      'open-terms-archive/二-三 (slash)/',
      'open-terms-archive/二-三 (dash)/',
      'open-terms-archive/ACME (upper)/',
      'open-terms-archive/Acme (acme)/',
      'open-terms-archive/四/',
    ]);
  });
});
