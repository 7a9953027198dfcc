import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/lib/lint/lint.ts';
import { cli, type Run } from './helpers.ts';

const fixture = 'tests/fixtures/lint';

interface Reported {
  file: string;
  rule: string;
  severity: string;
  line?: number;
  message: string;
  hint: string;
}

describe('privacy-center lint', () => {
  let json: Run;
  let report: { problems: Reported[]; errors: number; warnings: number };
  beforeAll(async () => {
    json = await cli(['lint', '--format', 'json', '--content', fixture]);
    report = JSON.parse(json.stdout) as typeof report;
  });
  const onBrand = (brand: string) => report.problems.filter((p) => p.file.startsWith(`brands/${brand}/`));

  it('exits 1 when there are errors', async () => {
    expect(json.code).toBe(1);
    expect(report.errors).toBeGreaterThan(0);
  });

  it.each([
    ['schema', ['schema', 'date', 'date']],
    ['versions', ['summary', 'summary', 'date', 'version-order', 'versions']],
    ['notice-period', ['notice-period']],
    ['unsafe-html', ['unsafe-html', 'unsafe-html', 'unsafe-html']],
    ['internal-links', ['internal-links', 'internal-links', 'internal-links', 'internal-links', 'internal-links']],
    ['empty-contact', ['empty-contact', 'empty-contact', 'empty-contact']],
    ['duplicate-passage', ['duplicate-passage']],
    ['mixed-script', ['mixed-script', 'mixed-script', 'mixed-script', 'mixed-script']],
    ['required-sections', ['required-sections']],
    ['lists', ['lists', 'lists', 'lists', 'lists']],
    ['key-terms', ['key-terms']],
    ['template-text', ['template-text']],
  ])('reports the problems of brand "%s", each with a fix', (brand, expected) => {
    const problems = onBrand(brand);
    expect(problems.map((p) => p.rule)).toEqual(expected);
    for (const p of problems) {
      expect(p.hint.length).toBeGreaterThan(10);
      if (p.rule !== 'schema' && !p.file.endsWith('2021-13-01.mdx') && !p.file.endsWith('.zh-CN.mdx'))
        expect(p.line).toBeGreaterThan(0);
    }
  });

  it('has a brand in the fixture for every rule', async () => {
    for (const rule of rules) expect(onBrand(rule.id).length, rule.id).toBeGreaterThan(0);
  });

  it('groups text output by file, with file:line:column, the rule and a count per rule', async () => {
    const r = await cli(['lint', '--content', fixture]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'tests/fixtures/lint/brands/empty-contact/privacy/2020-01-01.mdx\n  41:1  warning  The contact field "联系电话：" is empty.  empty-contact\n',
    );
    expect(r.stdout).toMatch(/\n\d+ errors, \d+ warnings in \d+ files:\n {2}date {15}3 errors\n/);
  });

  it('writes GitHub Actions annotations', async () => {
    const r = await cli(['lint', '--format', 'github', '--content', fixture]);
    expect(r.stdout).toContain(
      '::warning file=tests/fixtures/lint/brands/mixed-script/privacy/2020-01-01.mdx,line=7,col=22,title=mixed-script::"您的手機號" uses the traditional character 機',
    );
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => /^::(error|warning) file=[^,]+(,line=\d+)?(,col=\d+)?,title=[\w-]+::/.test(l)),
    ).toBe(true);
  });

  it('passes the sample content (warnings only) and reads PRIVACY_CENTER_CONTENT', async () => {
    const r = await cli(['lint'], { env: { PRIVACY_CENTER_CONTENT: 'content' } });
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings in \d+ files:$/m);
    expect(r.code).toBe(0);
    expect((await cli(['lint', '--content', join(fixture, 'brands/empty-contact')])).stdout).toContain(
      'There is no brands/ folder',
    );
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['lint', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['lint', 'content'])).stderr).toContain('lint takes no arguments');
  });
});
