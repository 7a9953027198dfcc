import { createHash } from 'node:crypto';
import { buildCatalog, type Catalog } from '../../src/lib/model/catalog.ts';
import type { BrandRecord, VersionRecord } from '../../src/lib/content/read.ts';
import { processPolicy } from '../../src/lib/policy/text.ts';
import { renderLabels } from '../../src/lib/i18n/index.ts';
import type { VersionData } from '../../src/schemas/version.ts';

/** Brand `acme` (zh-CN with English translations) as read from brand.yaml, with any fields changed. */
export function brandRecord(data: Partial<BrandRecord['data']> = {}): BrandRecord {
  return {
    id: 'acme',
    file: 'brands/acme/brand.yaml',
    source: '',
    data: {
      name: 'Acme',
      names: {},
      legalName: 'Acme & Co Ltd',
      locale: 'zh-CN',
      locales: ['en'],
      colors: { primary: '#1d4ed8' },
      contact: {},
      links: {},
      ...data,
    },
  };
}

/** A version of acme's privacy policy without text, for tests of dates and statuses. */
export function versionRecord(date: string, extra: Partial<VersionRecord> = {}): VersionRecord {
  return {
    brand: 'acme',
    policy: 'privacy',
    date,
    locale: 'zh-CN',
    translation: false,
    file: `brands/acme/privacy/${date}.mdx`,
    source: '',
    sha256: '',
    // Names the text as a build does: another text, another name.
    textKey: `test-${createHash('sha256')
      .update(JSON.stringify([date, extra.sha256, extra.text]))
      .digest('hex')}`,
    data: { title: `T ${date}`, material: false },
    body: '',
    length: (extra.body ?? '').length,
    bodyLine: 4,
    text: { html: '', headings: [], terms: [], blocks: [], links: [] },
    ...extra,
  };
}

/** A brand with a privacy policy of three versions (one translated) and a one-version cookie policy, in memory. */
export function smallCatalog(now: string): Catalog {
  const brand = brandRecord();
  const versions = [
    version('privacy', '2020-01-01', { title: '隐私政策', material: false }),
    version('privacy', '2023-06-01', {
      title: '隐私政策',
      summary: '增加了<存储>一节。',
      published: '2023-05-15',
      material: false,
    }),
    version(
      'privacy',
      '2023-06-01',
      { title: 'Privacy Policy', summary: 'Added a storage section.', material: false },
      'en',
    ),
    version('privacy', '2099-01-01', {
      title: '隐私政策',
      summary: '保存期限改为两年。',
      published: '2023-12-01',
      material: true,
    }),
    version('cookies', '2021-03-01', { title: 'Cookie 政策', material: false }),
  ];
  return buildCatalog({ brands: [brand], versions }, now);
}

function version(policy: string, date: string, data: VersionData, locale?: 'en'): VersionRecord {
  const source = `---\ntitle: ${data.title}\n---\n\n## ${date}\n`;
  return {
    brand: 'acme',
    policy,
    date,
    locale: locale ?? 'zh-CN',
    translation: locale !== undefined,
    file: `brands/acme/${policy}/${date}${locale ? `.${locale}` : ''}.mdx`,
    source,
    sha256: createHash('sha256').update(source).digest('hex'),
    textKey: `test-${createHash('sha256').update(source).digest('hex')}`,
    data,
    body: `## ${date}\n`,
    length: `## ${date}\n`.length,
    bodyLine: 4,
    text: processPolicy(`## ${date}\n`, { file: 'x.mdx', bodyLine: 4 }, renderLabels('zh-CN')).text!,
  };
}
