import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { internalLinksRule } from './internal-links.ts';

const files = (links: string) => ({
  'brands/acme/brand.yaml': `${BRAND}locales: [en]\n`,
  'brands/acme/privacy/2020-01-01.mdx': version('## 一、适用范围\n\n正文。\n\n## 二、收集 \\{#collect\\}\n\n正文。\n'),
  'brands/acme/privacy/2020-01-01.en.mdx': version('## 1. Scope\n\nText.\n', 'title: Privacy\n'),
  'brands/acme/privacy/2022-01-01.mdx': version(`## 一、适用范围\n\n${links}\n`, 'title: 隐私政策\nsummary: 链接\n'),
  'brands/other/brand.yaml': BRAND,
  'brands/other/cookies/2021-01-01.mdx': version('## Cookie\n\n正文。\n'),
});
const broken = (links: string) =>
  internalLinksRule
    .check(lintInput(files(links)))
    .map((p) => p.message.replace(/^The link "(.*?)" is broken: /, '$1 → '));

describe('internal-links', () => {
  it('accepts links to pages, versions and the anchors their headings give', () => {
    const ok = [
      '/acme/privacy/2020-01-01/#一适用范围',
      '/acme/privacy/2020-01-01/#collect',
      '../2020-01-01/',
      '#一适用范围',
      '/acme/privacy/#一适用范围',
      '/en/acme/privacy/2020-01-01/#1-scope',
      '/acme/privacy/history/',
      '/acme/privacy/changes/2020-01-01...2022-01-01/',
      '/other/cookies/',
      '/privacy/2020-01-01/',
      '/acme/',
      '/search/',
      'https://example.com/#x',
      'mailto:a@b.example',
    ];
    expect(broken(ok.map((u) => `[x](${u})`).join('\n\n'))).toEqual([]);
  });

  it('reports unknown brands, policies, dates and anchors with the line of the link', () => {
    const problems = internalLinksRule.check(
      lintInput(
        files(
          '[a](/nobody/privacy/)\n\n[b](/acme/cookies/)\n\n[c](../2019-01-01/)\n\n[d](/acme/privacy/2020-01-01/#二收集)\n\n<a href="#nope">e</a>\n\n[f](/acme/privacy/changes/2020-01-01...2021-01-01/)\n\n[g](/en/acme/privacy/2022-01-01/#1-scope)',
        ),
      ),
    );
    expect(problems.map((p) => [p.line, p.message.replace(/ is broken: .*/, '')])).toEqual([
      [8, 'The link "/nobody/privacy/"'],
      [10, 'The link "/acme/cookies/"'],
      [12, 'The link "../2019-01-01/"'],
      [14, 'The link "/acme/privacy/2020-01-01/#二收集"'],
      [16, 'The link "#nope"'],
      [18, 'The link "/acme/privacy/changes/2020-01-01...2021-01-01/"'],
      [20, 'The link "/en/acme/privacy/2022-01-01/#1-scope"'],
    ]);
    expect(problems[3]?.hint).toBe('Its headings give: #一适用范围, #collect.');
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });
});
