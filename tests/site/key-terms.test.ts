import { describe, expect, inject, it } from 'vitest';
import { readPage, textOf } from '../support/html.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

/** Each glossary entry: its term, definition and the links under it, as text and href. */
function entries(html: string): { term: string; definition: string; links: string[] }[] {
  const list = html.split('<dl')[1]?.split('</dl>')[0] ?? '';
  return [...list.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map(
    ([, dt, dd, links]) => ({
      term: (dt ?? '').replace(/<[^>]+>/g, '').trim(),
      definition: (dd ?? '').replace(/<[^>]+>/g, '').trim(),
      links: [...(links ?? '').matchAll(/<a[^>]*href="([^"]+)"[^>]*>\s*([\s\S]*?)\s*<\/a>/g)].map(
        ([, href, text]) => `${text} ${href}`,
      ),
    }),
  );
}

describe('key terms of the sample site', () => {
  it('makes a glossary of the terms a policy defines, with when each was defined, and links it from each version', () => {
    const html = readPage(dist, '/jiapin/privacy/glossary/');
    expect(textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('隐私政策 · 术语表');
    const all = entries(html);
    expect(all.map((e) => e.term)).toEqual(['嘉品云市App', '服务提供者', '个人信息', '个人信息删除']);
    expect(all[1]).toEqual({
      term: '服务提供者',
      definition: '陕西嘉品云市电子商务有限公司。',
      links: ['自2020年8月20日版起定义 /jiapin/privacy/2020-08-20/', '在正文中查看 /jiapin/privacy/#term-2'],
    });
    expect(readPage(dist, '/jiapin/privacy/')).toContain(
      '<p id="term-2">服务提供者:陕西嘉品云市电子商务有限公司。</p>',
    );
    for (const path of ['/jiapin/privacy/', '/jiapin/privacy/2020-08-20/'])
      expect(readPage(dist, path)).toContain('href="/jiapin/privacy/glossary/">术语表</a>');
    // A policy without a definitions part has no glossary.
    expect(readPage(dist, '/yhd/privacy/')).not.toContain('/glossary/');
  });

  it('turns the first use of a term in each section into a button that opens its definition', () => {
    const html = readPage(dist, '/xinrisheng/privacy/');
    const uses = [...html.matchAll(/<button type="button" class="term" popovertarget="([^"]+)">([^<]+)<\/button>/g)];
    expect(new Set(uses.map(([, , term]) => term))).toEqual(new Set(['客户', '客户信息', '个人信息']));
    for (const [, target] of uses) expect(html).toContain(`<div id="${target}" popover="auto" class="term-popover">`);
    // 客户端 is not a use of 客户.
    expect(html).not.toMatch(/>客户<\/button>端/);
  });

  it('opens a definition in a popover without JavaScript, and closes it again', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/jiapin/privacy/`);
    const term = page.locator('button.term', { hasText: '服务提供者' }).first();
    const popover = page.locator('#term-2-popover');
    await expect(popover.isVisible()).resolves.toBe(false);
    await term.click();
    await expect(popover.isVisible()).resolves.toBe(true);
    expect((await popover.innerText()).replace(/\s+/g, ' ')).toContain('服务提供者 陕西嘉品云市电子商务有限公司。');
    await popover.getByRole('button', { name: '关闭' }).click();
    await expect(popover.isVisible()).resolves.toBe(false);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(popover.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await context.close();
  });
});
