import { describe, expect, it } from 'vitest';
import type { VersionLists } from '../../schemas/lists.ts';
import { messages } from '../i18n/index.ts';
import { describeListChanges, listChanges } from './list-rows.ts';

const sdk = (name: string, data: string[], more: { sensitive?: string[]; purpose?: string } = {}) => ({
  name,
  kind: 'sdk' as const,
  provider: '某公司',
  purpose: more.purpose ?? '统计',
  data,
  sensitive: more.sensitive ?? [],
});
const shared = (...rows: ReturnType<typeof sdk>[]): VersionLists => ({
  shared: { date: '2024-01-01', list: { illustrative: false, rows } },
});

describe('listChanges', () => {
  it('matches rows by name: added, removed, and each changed field, lists of values by what came and went', () => {
    const from = shared(sdk('友盟 SDK', ['设备信息']), sdk('地图 SDK', ['大致位置']));
    const to = shared(
      sdk('地图 SDK', ['大致位置', '精确位置'], { sensitive: ['精确位置'], purpose: '导航' }),
      sdk('微信 SDK', ['设备信息']),
    );
    expect(listChanges(from, to)).toEqual([
      {
        kind: 'shared',
        added: ['微信 SDK'],
        removed: ['友盟 SDK'],
        changed: [
          {
            row: '地图 SDK',
            fields: [
              { field: 'purpose', before: '统计', after: '导航' },
              { field: 'data', added: ['精确位置'], removed: [] },
              { field: 'sensitive', added: ['精确位置'], removed: [] },
            ],
          },
        ],
      },
    ]);
  });

  it('leaves out a list that did not change, and treats a list that appears as all rows added', () => {
    const same = shared(sdk('地图 SDK', ['大致位置']));
    expect(listChanges(same, same)).toEqual([]);
    expect(listChanges({}, same)).toEqual([{ kind: 'shared', added: ['地图 SDK'], removed: [], changed: [] }]);
  });

  it('tells each change in words, not colour alone', () => {
    const from = shared(sdk('友盟 SDK', ['设备信息']), sdk('地图 SDK', ['大致位置']));
    const to = shared(sdk('地图 SDK', ['精确位置'], { sensitive: ['精确位置'] }));
    expect(describeListChanges(listChanges(from, to), messages('zh-CN'))).toEqual([
      {
        title: '与第三方共享个人信息清单',
        lines: [
          '移除：“友盟 SDK”',
          '“地图 SDK”的共享的个人信息：+精确位置 −大致位置',
          '“地图 SDK”的敏感个人信息：+精确位置',
        ],
      },
    ]);
    const collected: VersionLists = {
      collected: {
        date: '2024-01-01',
        list: { illustrative: false, rows: [{ item: '手机号码', purpose: '登录', sensitive: false, required: true }] },
      },
    };
    const after: VersionLists = {
      collected: {
        date: '2025-01-01',
        list: { illustrative: false, rows: [{ item: '手机号码', purpose: '登录', sensitive: false, required: false }] },
      },
    };
    expect(describeListChanges(listChanges(collected, after), messages('en'))[0]?.lines).toEqual([
      '“手机号码”, required: Yes → No',
    ]);
  });
});
