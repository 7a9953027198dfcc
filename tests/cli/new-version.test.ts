import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.ts';

function content(): string {
  const dir = tempDir('new-version');
  mkdirSync(join(dir, 'brands/acme/privacy'), { recursive: true });
  writeFileSync(
    join(dir, 'brands/acme/brand.yaml'),
    'name: Acme\nlegalName: Acme Ltd\nlocale: zh-CN\nlocales: [en]\ncolors:\n  primary: "#1d4ed8"\n',
  );
  writeFileSync(
    join(dir, 'brands/acme/privacy/2020-01-01.mdx'),
    '---\ntitle: 隐私政策\n---\n\n## 一、收集\n\n我们收集邮箱。\n',
  );
  writeFileSync(
    join(dir, 'brands/acme/privacy/2022-01-01.mdx'),
    '---\ntitle: 隐私政策\nsummary: 增加手机号码。\npublished: 2021-12-01\nmaterial: true\n---\n\n## 一、收集\n\n我们收集邮箱和手机号码。\n',
  );
  writeFileSync(
    join(dir, 'brands/acme/privacy/2022-01-01.en.mdx'),
    '---\ntitle: Privacy\nsummary: Phone numbers.\n---\n\n## 1. Collection\n\nEmail and phone.\n',
  );
  return dir;
}

describe('privacy-center new-version', () => {
  it('copies the latest version with the summary placeholder, which lint flags until it is filled', async () => {
    const dir = content();
    const r = await cli(['new-version', 'acme/privacy', '--effective', '2024-03-01', '--content', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Created brands/acme/privacy/2024-03-01.mdx from 2022-01-01.mdx.\nNext: edit the text, replace the summary "TODO: describe what changed" with what changed, then run privacy-center lint.\nNot copied: 2022-01-01.en.mdx; copy a translation to 2024-03-01.<locale>.mdx once the new text is final.\n',
    );
    const file = join(dir, 'brands/acme/privacy/2024-03-01.mdx');
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: 隐私政策\nsummary: "TODO: describe what changed"\n---\n\n## 一、收集\n\n我们收集邮箱和手机号码。\n',
    );
    const lint = await cli(['lint', '--content', dir]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(
      /brands\/acme\/privacy\/2024-03-01.mdx\n {2}3 {2}error {4}The "summary" is still the placeholder\. {2}summary/,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('"TODO: describe what changed"', '不再收集手机号码。'));
    expect((await cli(['lint', '--content', dir])).code).toBe(0);
  });

  it('refuses a date that is not after the latest version, and other wrong usage', async () => {
    const dir = content();
    const cases: [string[], RegExp][] = [
      [['acme/privacy', '--effective', '2022-01-01'], /2022-01-01 is not after the latest version \(2022-01-01\)/],
      [['acme/privacy', '--effective', '2021-06-01'], /is not after the latest version/],
      [['acme/cookies', '--effective', '2024-01-01'], /brands\/acme\/cookies\/ has no versions to copy/],
      [['acme', '--effective', '2024-01-01'], /The policy is required/],
      [['acme/privacy'], /--effective <YYYY-MM-DD> is required/],
      [['acme/privacy/x', '--effective', '2024-01-01'], /takes one argument, <brand>\/<policy>/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['new-version', ...args, '--content', dir]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('does not replace a file that exists unless --force', async () => {
    const dir = content();
    writeFileSync(join(dir, 'brands/acme/privacy/2030-01-01.mdx'), 'draft');
    // 2030 is the latest now, so the copy must come after it.
    expect((await cli(['new-version', 'acme/privacy', '--effective', '2030-01-01', '--content', dir])).stderr).toMatch(
      /not after the latest version/,
    );
    expect((await cli(['new-version', 'acme/privacy', '--effective', '2031-01-01', '--content', dir])).stderr).toMatch(
      /does not start with frontmatter/,
    );
  });
});
