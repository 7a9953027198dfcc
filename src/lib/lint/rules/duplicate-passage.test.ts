import { describe, expect, it } from 'vitest';
import { oneVersion } from '../testing.ts';
import { checkVersion } from './duplicate-passage.ts';

const long1 = '我们不会将您的个人信息出售、出租或以其他方式提供给与服务无关的任何第三方。';
const long2 = '如我们与任何上述第三方分享您的个人信息，我们将努力确保该等第三方遵守法律规定。';

describe('duplicate-passage', () => {
  it('reports a repeated run of paragraphs once, ignoring punctuation differences', () => {
    const v = oneVersion(
      `## 七、披露\n\n${long1}\n\n- (1)短的条目;\n\n${long2}\n\n## 九、更新\n\n${long1.replace('。', '')}\n\n- (1)短的条目;\n\n${long2}\n`,
    );
    expect(checkVersion(v).map((p) => [p.line, p.message])).toEqual([
      [15, 'Lines 15–19 (2 paragraphs) repeat the text first seen at line 7.'],
    ]);
  });

  it('lets short passages recur', () => {
    const v = oneVersion('- 1、与国家安全、国防安全有关的;\n\n正文。\n\n- 1、与国家安全、国防安全有关的;\n');
    expect(checkVersion(v)).toEqual([]);
  });
});
