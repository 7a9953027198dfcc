import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const dist = inject('sites').sample;
const site = useSiteInBrowser(dist);

/** The contents entries of a version page, as text. */
const contents = (html: string) =>
  [...(html.split('data-toc')[1]?.split('</nav>')[0] ?? '').matchAll(/<a[^>]*>\s*([^<]*?)\s*<\/a>/g)].map(
    ([, text]) => text,
  );

describe('the text and its contents', () => {
  it('lists headings in the contents without the colon that leads into their section', () => {
    const entries = contents(readPage(dist, '/yhd/privacy/2023-03-01/'));
    expect(entries).toContain('合作伙伴');
    expect(entries).toContain('第三方服务提供者');
    expect(entries.filter((e) => /[:：]$/.test(e ?? ''))).toEqual([]);
    // The heading itself keeps what the text says.
    expect(readPage(dist, '/yhd/privacy/2023-03-01/')).toMatch(/<h3 id="[^"]+">合作伙伴:<a class="heading-link"/);
  });

  it('shows a list’s own numbers without a bullet in front of them', async () => {
    const html = readPage(dist, '/chefu/privacy/');
    expect(html).toMatch(/<ul class="numbered">\s*<li>\(1\)可辨识的个人身份的信息/);
    const page = await site.browser.newPage();
    const styles: string[][] = [];
    // 新日升 has both: lists numbered in the text (1.用户名及密码) and one of plain items.
    await page.goto(`${site.url}/xinrisheng/privacy/`);
    styles.push(
      ...(await page
        .locator('[data-policy-text] ul')
        .evaluateAll((lists) => lists.map((ul) => [ul.className, getComputedStyle(ul).listStyleType]))),
    );
    await page.close();
    expect(styles.filter(([cls]) => cls === 'numbered').length).toBeGreaterThan(5);
    expect(styles.filter(([cls]) => cls === 'numbered').every(([, type]) => type === 'none')).toBe(true);
    expect(styles.filter(([cls]) => cls === '').map(([, type]) => type)).toEqual(['disc']);
  });

  it('marks the contents entry of the section being read as the reader scrolls', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${site.url}/jiapin/privacy/`);
    const current = () => page.locator('nav[data-toc] a[aria-current="location"]').allTextContents();
    await page.locator('h3', { hasText: '四、我们如何保护您的信息' }).evaluate((h) => h.scrollIntoView());
    await expect.poll(current).toEqual(['四、我们如何保护您的信息']);
    await page.locator('h3', { hasText: '一、我们如何收集和使用您的信息' }).evaluate((h) => h.scrollIntoView());
    await expect.poll(current).toEqual(['一、我们如何收集和使用您的信息']);
    await page.close();
  });
});
