import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, textOf } from '../support/html.ts';

const dist = inject('sites').sample;

/** The rows of the table under a heading id, each as its cells' text. */
function rows(html: string, section: string): string[][] {
  const part = html.split(`id="${section}"`)[1]?.split('</table>')[0] ?? '';
  return [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...(row ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
      (cell ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('personal information lists of the sample site', () => {
  it('links a version with lists to them, and a version without none', () => {
    expect(readPage(dist, '/yhd/privacy/2023-03-01/')).toContain('href="/yhd/privacy/2023-03-01/lists/"');
    // 2017 has no lists of its own and none before it.
    expect(readPage(dist, '/yhd/privacy/2017-09-01/')).not.toContain('/lists/');
  });

  it('shows each list as a table with headed rows and columns, marked as illustrative', () => {
    const html = readPage(dist, '/yhd/privacy/2023-03-01/lists/');
    expect(textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('隐私政策声明 · 个人信息清单（2023年3月1日版）');
    expect(html).toContain('示例清单：根据政策文本整理');
    const collected = rows(html, 'collected-list');
    expect(collected[0]).toEqual(['个人信息', '使用目的', '使用场景', '是否必需', '敏感个人信息']);
    expect(collected).toContainEqual(['身份证号码、护照号码', '识别您的身份', '需要核验身份时', '否', '是']);
    expect(html).toMatch(/<th scope="row"[^>]*>身份证号码、护照号码<\/th>/);
    const shared = rows(html, 'shared-list');
    expect(shared[0]).toEqual(['名称', '类型', '提供方', '使用目的', '使用场景', '共享的个人信息', '隐私政策']);
    expect(shared.find((r) => r[0] === '第三方服务提供者（处理收/付款）')?.[5]).toBe('订单支付详情银行账号（敏感）');
  });

  it('keeps an earlier version’s list in force and says which version published it', () => {
    const html = readPage(dist, '/yhd/privacy/2027-01-01/lists/');
    expect(html).toContain('本清单随 2023年3月1日版发布，本版本沿用。');
    // 贝业 2024 brings its own list of collected information (no passport, no bank account) and keeps 2022's shared list.
    const beiye = readPage(dist, '/beiye/privacy/2024-09-01/lists/');
    expect(rows(beiye, 'collected-list').map((r) => r[0])).not.toContain('银行账号');
    expect(rows(readPage(dist, '/beiye/privacy/2022-03-15/lists/'), 'collected-list').map((r) => r[0])).toContain(
      '银行账号',
    );
    expect(beiye.split('id="shared-list"')[1]).toContain('本清单随 2022年3月15日版发布，本版本沿用。');
    expect(beiye.split('id="collected-list"')[1]?.split('id="shared-list"')[0]).not.toContain('沿用');
  });

  it('gives the English page English headings around the Chinese rows', () => {
    const html = readPage(dist, '/en/beiye/privacy/2024-09-01/lists/');
    expect(rows(html, 'collected-list')[0]).toEqual([
      'Personal information',
      'Purpose',
      'When',
      'Required',
      'Sensitive',
    ]);
    expect(html).toMatch(/<table[^>]*lang="zh-CN"/);
    expect(html).toMatch(/<thead lang="en"/);
  });

  it('tells on the redline page, and in the feed and the JSON record, how the lists changed row by row', () => {
    const redline = readPage(dist, '/beiye/privacy/changes/2022-03-15...2024-09-01/');
    const section = redline.split('id="list-changes"')[1]?.split('</section>')[0] ?? '';
    const lines = [...section.matchAll(/<li>([^<]*)<\/li>/g)].map(([, line]) => line);
    expect(lines).toEqual([
      '移除：“性别、出生年月日、电子邮箱”、“护照姓名、护照号码”、“银行账号”',
      '“身份证号码”的使用场景：“下达采购订单时” → “法律法规要求核验身份时”',
    ]);
    expect(section).toContain('href="/beiye/privacy/2024-09-01/lists/"');
    // 1号店's first lists arrive with 2023: every row is new; 2027 keeps them, so its redline says nothing of lists.
    expect(readPage(dist, '/yhd/privacy/changes/2017-09-01...2023-03-01/')).toContain('新增：“姓名、公司名称');
    expect(readPage(dist, '/yhd/privacy/changes/2023-03-01...2027-01-01/')).not.toContain('id="list-changes"');
    const feed = readFileSync(join(dist, 'beiye/privacy/feed.xml'), 'utf8');
    expect(feed).toContain('移除：“性别、出生年月日、电子邮箱”');
    const record = JSON.parse(readFileSync(join(dist, 'yhd/privacy/versions.json'), 'utf8')) as {
      versions: {
        effective: string;
        lists: { url: string; shared: { since: string; rows: { name: string }[] } | null } | null;
      }[];
    };
    const byDate = new Map(record.versions.map((v) => [v.effective, v.lists]));
    expect(byDate.get('2017-09-01')).toBeNull();
    expect(byDate.get('2027-01-01')?.shared?.since).toBe('2023-03-01');
    expect(byDate.get('2027-01-01')?.url).toBe('https://privacy.example.com/yhd/privacy/2027-01-01/lists/');
    expect(byDate.get('2023-03-01')?.shared?.rows.map((r) => r.name)).toContain('入驻商家');
  });
});
