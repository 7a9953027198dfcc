import { describe, expect, it } from 'vitest';
import { oneVersion } from '../testing.ts';
import { checkVersion } from './key-terms.ts';

describe('key-terms', () => {
  it('warns at the heading of a definitions part in which no term reads as a definition', () => {
    const v = oneVersion(
      '## 提示\n\n正文。\n\n## 第一部分 定义\n\n本政策中的个人信息，是指能够识别您的信息。\n\n## 一、收集\n\n正文。\n',
    );
    expect(checkVersion(v).map((p) => [p.line, p.message])).toEqual([
      [
        9,
        'The definitions part "第一部分 定义" defines no term the site can read, so its terms get no popover in the text and no glossary entry.',
      ],
    ]);
  });

  it('says nothing of a definitions part with terms, or of a text without one', () => {
    expect(checkVersion(oneVersion('## 1.定义\n\n- 1.“客户”:指采购产品的法人。\n\n## 2.收集\n\n正文。\n'))).toEqual([]);
    expect(checkVersion(oneVersion('## 一、收集\n\n个人信息的定义见法律。\n'))).toEqual([]);
  });
});
