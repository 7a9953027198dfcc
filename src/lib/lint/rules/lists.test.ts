import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { listsRule, namedSdks } from './lists.ts';

const P = 'brands/acme/privacy';
const text = '## 共享\n\n我们接入了微信 SDK 与友盟SDK，并与入驻商家共享订单信息。软件工具开发包(SDK)经过安全检测。\n';
const problems = (files: Record<string, string>) =>
  listsRule
    .check(lintInput({ 'brands/acme/brand.yaml': BRAND, [`${P}/2020-01-01.mdx`]: version(text), ...files }))
    .map((p) => [p.file.split('/').at(-1), p.line, p.message]);

describe('lists', () => {
  it('finds the SDKs a text names, not the word SDK in general', () => {
    expect(namedSdks(text)).toEqual(['微信', '友盟']);
    expect(namedSdks('第三方 SDK 与相关SDK')).toEqual([]);
  });

  it('warns of a recipient the text never names, an SDK the list misses, and sensitive data not marked', () => {
    const shared = [
      'rows:',
      '  - name: 微信 SDK',
      '    provider: 腾讯',
      '    purpose: 登录',
      '    data: [设备信息]',
      '  - name: 地图 SDK',
      '    provider: 某地图公司',
      '    purpose: 定位',
      '    data: [精确位置]',
      '',
    ].join('\n');
    expect(problems({ [`${P}/2020-01-01.shared.yaml`]: shared })).toEqual([
      [
        '2020-01-01.shared.yaml',
        9,
        '"精确位置", shared with "地图 SDK", is sensitive personal information (精确位置) but is not in its sensitive list.',
      ],
      ['2020-01-01.shared.yaml', 6, 'The list names "地图 SDK", which the text of 2020-01-01.mdx never names.'],
      [
        '2020-01-01.mdx',
        7,
        'The text names the 友盟 SDK, which the list in force (2020-01-01.shared.yaml) does not have.',
      ],
    ]);
  });

  it('warns of a text that names SDKs with no list in force, and of a collected item not marked sensitive', () => {
    const collected = 'rows:\n  - item: 手机号码\n    purpose: 登录\n  - item: 身份证号码\n    purpose: 实名认证\n';
    expect(problems({ [`${P}/2020-01-01.collected.yaml`]: collected })).toEqual([
      [
        '2020-01-01.collected.yaml',
        4,
        '"身份证号码" names 身份证, which is sensitive personal information, but the row is not marked sensitive.',
      ],
      [
        '2020-01-01.mdx',
        7,
        'The text names the 微信 SDK, the 友盟 SDK, and no list of third parties is in force for it.',
      ],
    ]);
  });

  it('checks a kept list against each later version’s text, and is silent when they agree', () => {
    const shared =
      'rows:\n  - name: 微信 SDK\n    provider: 腾讯\n    purpose: 登录\n    data: [设备信息]\n  - name: 友盟 SDK\n    provider: 友盟\n    purpose: 统计\n    data: [设备信息]\n  - name: 入驻商家\n    kind: third-party\n    provider: 商家\n    purpose: 履约\n    data: [订单信息]\n';
    expect(problems({ [`${P}/2020-01-01.shared.yaml`]: shared })).toEqual([]);
    const later = version('## 共享\n\n我们接入了微信 SDK。\n', 'title: 隐私政策\nsummary: 不再使用友盟。\n');
    expect(problems({ [`${P}/2020-01-01.shared.yaml`]: shared, [`${P}/2021-01-01.mdx`]: later })).toEqual([
      ['2020-01-01.shared.yaml', 6, 'The list names "友盟 SDK", which the text of 2021-01-01.mdx never names.'],
      ['2020-01-01.shared.yaml', 10, 'The list names "入驻商家", which the text of 2021-01-01.mdx never names.'],
    ]);
  });
});
