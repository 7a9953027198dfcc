import { describe, expect, it } from 'vitest';
import { brandRecord, versionRecord } from '../../../tests/support/catalog.ts';
import { renderLabels } from '../i18n/index.ts';
import { buildCatalog } from '../model/catalog.ts';
import { processPolicy } from '../policy/text.ts';
import { termHistory } from './glossary.ts';

const defining = (date: string, definitions: string) => {
  const body = `## 定义\n\n${definitions}\n\n## 一、收集\n\n正文。\n`;
  return versionRecord(date, {
    body,
    text: processPolicy(body, { file: 'x.mdx', bodyLine: 1 }, renderLabels('zh-CN')).text!,
  });
};

describe('termHistory', () => {
  it('tells for each term the version that defined it, the last that changed it and the one that dropped it', () => {
    const catalog = buildCatalog(
      {
        brands: [brandRecord({ locales: [] })],
        versions: [
          defining('2020-01-01', '个人信息:指信息。\n\n服务提供者:甲公司。\n\n旧术语:指旧的东西。'),
          defining('2021-01-01', '个人信息:指信息。\n\n服务提供者:乙公司。'),
          defining(
            '2022-01-01',
            '个人信息:指信息。\n\n服务提供者:乙公司。\n\n敏感个人信息:指一旦泄露会造成危害的信息。',
          ),
          defining('2023-01-01', '个人信息:指任何信息。'),
        ],
      },
      '2022-06-01',
    );
    const policy = catalog.brands[0]!.policies[0]!;
    const at = (date: string) => policy.versions.find((v) => v.date === date)!;
    const history = termHistory(policy, policy.current!, 'zh-CN');
    const dates = (term: string) => {
      const h = history.get(term)!;
      return { since: h.since.date, changed: h.changed?.date, dropped: h.dropped?.date };
    };
    expect(policy.current!.date).toBe('2022-01-01');
    expect(dates('个人信息')).toEqual({ since: '2020-01-01', changed: undefined, dropped: undefined });
    expect(dates('服务提供者')).toEqual({ since: '2020-01-01', changed: '2021-01-01', dropped: undefined });
    expect(dates('旧术语')).toEqual({ since: '2020-01-01', changed: undefined, dropped: '2021-01-01' });
    expect(dates('敏感个人信息')).toEqual({ since: '2022-01-01', changed: undefined, dropped: undefined });
    // Up to the upcoming version: 个人信息 changed, the others dropped.
    const later = termHistory(policy, at('2023-01-01'), 'zh-CN');
    expect(later.get('个人信息')!.changed!.date).toBe('2023-01-01');
    expect(later.get('服务提供者')!.dropped!.date).toBe('2023-01-01');
  });
});
