import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { requiredSectionsRule } from './required-sections.ts';

const all = [
  '一、我们收集的信息',
  '二、信息的使用',
  '三、共享与披露',
  '四、存储期限',
  '五、信息安全',
  '六、您的权利',
  '七、未成年人',
  '八、政策更新',
  '九、联系我们',
];
const body = (headings: string[]) => headings.map((h) => `## ${h}\n\n正文。\n`).join('\n');

describe('required-sections', () => {
  it('names the topics no heading of the latest version covers', () => {
    const input = lintInput({
      'brands/acme/brand.yaml': BRAND,
      'brands/acme/privacy/2020-01-01.mdx': version(body(all.slice(0, 2))),
      'brands/acme/privacy/2022-01-01.mdx': version(
        body(all.filter((h) => !/未成年|更新/.test(h))),
        'title: 隐私政策\nsummary: 改了\n',
      ),
      'brands/acme/cookies/2020-01-01.mdx': version('## Cookie\n\n正文。\n'),
    });
    expect(requiredSectionsRule.check(input)).toEqual([
      expect.objectContaining({
        file: 'brands/acme/privacy/2022-01-01.mdx',
        severity: 'warning',
        message:
          'No section on 未成年人 (minors); 政策的更新 (updates to the policy) (expected in a zh-CN privacy policy; no heading mentions them).',
      }),
    ]);
  });

  it('reads the whole text when there are no headings', () => {
    const input = lintInput({
      'brands/acme/brand.yaml': BRAND,
      'brands/acme/privacy/2020-01-01.mdx': version(`${all.join('。')}。\n`),
    });
    expect(requiredSectionsRule.check(input)).toEqual([]);
  });

  it("uses the content folder's own checklist, and reports a broken one", () => {
    const input = lintInput({
      'brands/acme/brand.yaml': BRAND,
      'brands/acme/privacy/2020-01-01.mdx': version(body(['一、简介'])),
    });
    mkdirSync(join(input.contentDir, 'checklists'));
    writeFileSync(
      join(input.contentDir, 'checklists/zh-CN.yaml'),
      'policies: [privacy]\ntopics:\n  - name: 简介\n    keywords: [简介]\n',
    );
    expect(requiredSectionsRule.check(input)).toEqual([]);
    writeFileSync(join(input.contentDir, 'checklists/zh-CN.yaml'), 'topics: 1\n');
    expect(requiredSectionsRule.check(input)).toEqual([
      expect.objectContaining({ file: 'checklists/zh-CN.yaml', severity: 'error' }),
    ]);
  });
});
