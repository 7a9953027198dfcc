import { describe, expect, it } from 'vitest';
import { oneVersion } from '../testing.ts';
import { siteSchema } from '../../../schemas/site.ts';
import { checkVersion, draftNotice, DRAFT_NOTICE } from './template-text.ts';

describe('template-text', () => {
  it('names every line that still holds a template passage, in either language', () => {
    const v = oneVersion('【待填写】本政策说明…\n\n## 一、收集\n\n我们收集手机号码。\n\n[To fill in] The purpose.\n');
    const lineOf = (text: string) => v.source.split('\n').findIndex((l) => l.startsWith(text)) + 1;
    const problems = checkVersion(v);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', rule: 'template-text', line: lineOf('【待填写】') });
    expect(problems[0]?.message).toBe(
      `2 passages are still the template's (lines ${lineOf('【待填写】')}, ${lineOf('[To fill in]')}).`,
    );
  });

  it('accepts a text with no template passage, and the mark inside code', () => {
    expect(checkVersion(oneVersion('我们收集手机号码。\n'))).toEqual([]);
    expect(checkVersion(oneVersion('```\n【待填写】\n```\n'))).toEqual([]);
  });

  it("names init's draft banner left in site.yaml, with its line, and accepts a notice of the site's own", () => {
    const siteSource = `name: 隐私中心\nnotice: ${DRAFT_NOTICE['zh-CN']}\n`;
    expect(draftNotice({ site: siteSchema.parse({ notice: DRAFT_NOTICE['zh-CN'] }), siteSource })).toMatchObject([
      { file: 'site.yaml', line: 2, severity: 'warning', rule: 'template-text' },
    ]);
    expect(
      draftNotice({ site: siteSchema.parse({ notice: { 'zh-CN': '示例内容。', en: DRAFT_NOTICE.en } }) }),
    ).toHaveLength(1);
    expect(draftNotice({ site: siteSchema.parse({ notice: '示例内容：仅用于演示。' }) })).toEqual([]);
    expect(draftNotice({ site: siteSchema.parse({}) })).toEqual([]);
  });
});
