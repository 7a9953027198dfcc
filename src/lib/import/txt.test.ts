import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyPolicy } from './verify.ts';
import { convertText } from './txt.ts';

const seeds = new URL('../../../tests/fixtures/seeds/', import.meta.url);
const seed = (prefix: string) => {
  const name = readdirSync(seeds).find((n) => n.startsWith(prefix));
  return readFileSync(new URL(name ?? '', seeds), 'utf8');
};

describe('convertText', () => {
  it('turns Chinese numbering into headings by rank and keeps item numbers in lists', () => {
    const out = convertText(
      '隐私政策\n\n一、适用范围\n\n本政策适用于所有服务。\n\n二、我们如何收集信息\n\n（一）注册信息\n\n我们收集：\n\n1、事先获得您的同意。\n\n2、根据法律法规的规定。\n\n• 用户名\n• 密码\n',
    );
    expect(out.title).toBe('隐私政策');
    expect(out.body).toBe(
      '## 一、适用范围\n\n本政策适用于所有服务。\n\n## 二、我们如何收集信息\n\n### （一）注册信息\n\n我们收集：\n\n- 1、事先获得您的同意。\n- 2、根据法律法规的规定。\n- 用户名\n- 密码\n',
    );
  });

  it('joins lines broken mid-sentence and glues a brand name that sits on its own line', () => {
    const raw = [
      '车服到家',
      '用户隐私政策',
      '一、',
      '引言',
      '车服到家',
      '非常重视用户的隐私。我们希望通过本',
      '我',
      '们收集',
      '车服到家',
      '认为必要的信息',
      '。',
      '(',
      '1',
      ')',
      '已获得用户的明确授权;',
      '(2)',
      '车服到家',
      '认为有必要的其他情况。',
    ].join('\n');
    const out = convertText(raw);
    expect(out.title).toBe('车服到家用户隐私政策');
    expect(out.body).toBe(
      '## 一、引言\n\n车服到家非常重视用户的隐私。我们希望通过本我们收集车服到家认为必要的信息。\n\n- (1)已获得用户的明确授权;\n- (2)车服到家认为有必要的其他情况。\n',
    );
  });

  it('drops page junk and says which lines it dropped', () => {
    const out = convertText(
      '全国招商加盟热线\n\n隐私政策\n\n隐私政策\n\n验证码图片\n\n正文第一段。\n\n正文第二段。\n\n正文第三段。\n\n©著作权归作者所有\n• 序言:一个故事...\n 某某阅读 198,932评论 5 466\n',
    );
    expect(out.body).toBe('正文第一段。\n\n正文第二段。\n\n正文第三段。\n');
    expect(out.dropped.map((d) => d.line)).toEqual([1, 5, 7, 15, 16, 17]);
    expect(out.dropped[0]?.text).toContain('before the title');
  });

  it('reads a table of contents as a list, not as headings', () => {
    const out = convertText(
      '隐私政策\n\n目录:\n\n一、收集\n\n二、使用\n\n一、收集\n\n我们收集信息。\n\n二、使用\n\n我们使用信息。\n',
    );
    expect(out.body).toBe(
      '目录:\n\n- 一、收集\n- 二、使用\n\n## 一、收集\n\n我们收集信息。\n\n## 二、使用\n\n我们使用信息。\n',
    );
  });

  it.each(['000', '001', '002', '003', '004'])('seed %s becomes MDX that compiles', (prefix) => {
    const out = convertText(seed(prefix));
    expect(out.title).toMatch(/政策|方针|声明/);
    expect(verifyPolicy(out.body, 'x.mdx', 1)).toEqual([]);
  });
});
