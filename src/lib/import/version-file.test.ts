import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandStub, composeVersion, placeVersion } from './version-file.ts';

describe('version files', () => {
  it('writes frontmatter and says where the body starts', () => {
    const { source, bodyLine } = composeVersion({ title: '隐私政策: 2024', summary: undefined }, '正文\n');
    expect(source).toBe('---\ntitle: "隐私政策: 2024"\n---\n\n正文\n');
    expect(source.split('\n')[bodyLine - 1]).toBe('正文');
  });

  it('places a translation beside the original and lists existing dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-place-'));
    mkdirSync(join(dir, 'brands/acme/privacy'), { recursive: true });
    writeFileSync(join(dir, 'brands/acme/brand.yaml'), 'locale: zh-CN\n');
    writeFileSync(join(dir, 'brands/acme/privacy/2020-01-01.mdx'), '');
    writeFileSync(join(dir, 'brands/acme/privacy/2020-01-01.en.mdx'), '');
    expect(placeVersion(dir, 'acme', 'privacy', '2021-01-01', 'en')).toEqual({
      brandFile: 'brands/acme/brand.yaml',
      brandExists: true,
      brandLocale: 'zh-CN',
      file: 'brands/acme/privacy/2021-01-01.en.mdx',
      dates: ['2020-01-01'],
    });
    expect(placeVersion(dir, 'new', 'privacy', '2021-01-01', 'en').file).toBe('brands/new/privacy/2021-01-01.mdx');
  });

  it('makes the smallest brand.yaml the build accepts', () => {
    expect(brandStub('acme', 'en')).toBe('name: acme\nlegalName: acme\nlocale: en\ncolors:\n  primary: "#1d4ed8"\n');
  });
});
