import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, compileBody, readVersion, root, tempDir, type Run } from './helpers.ts';

const seedsDir = join(root, 'tests/fixtures/seeds');
const seeds = readdirSync(seedsDir).sort();
const brands = ['beiye', 'jiapin', 'xinrisheng', 'yhd', 'chefu'];
const titles = ['贝业隐私政策', '隐私政策', '客户信息与个人信息保护方针', '隐私政策声明', '车服到家用户隐私政策'];

/** `import` of a file as the privacy policy of `brand` in force from 2020-01-01, into `content`. */
const importArgs = (file: string, brand: string, content: string) => [
  'import',
  file,
  '--brand',
  brand,
  '--policy',
  'privacy',
  '--effective',
  '2020-01-01',
  '--content',
  content,
];

describe('privacy-center import', () => {
  const content = tempDir('import');
  const runs: Run[] = [];
  beforeAll(async () => {
    for (const [i, seed] of seeds.entries())
      runs.push(await cli(importArgs(join(seedsDir, seed), brands[i] ?? '', content)));
  });

  it.each(seeds.map((seed, i) => [seed, i] as const))(
    'converts seed %s to a version that compiles',
    async (_seed, i) => {
      const r = runs[i]!;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Created brands/${brands[i]}/brand.yaml for the new brand`);
      expect(r.stdout).toContain(`Wrote brands/${brands[i]}/privacy/2020-01-01.mdx: "${titles[i]}"`);
      const { yaml, body } = readVersion(join(content, `brands/${brands[i]}/privacy/2020-01-01.mdx`));
      expect(yaml).toBe(`title: ${titles[i]}`);
      expect(body).not.toContain(titles[i] === '隐私政策' ? '全国招商加盟热线' : titles[i]);
      expect(() => compileBody(body)).not.toThrow();
    },
  );

  it('prints every line it dropped as page junk', async () => {
    expect(runs[0]?.stdout).toContain('line 1: 验证码图片');
    expect(runs[1]?.stdout).toMatch(/line 1: 全国招商加盟热线[\s\S]*line 708: Copyright@2020-2025/);
    expect(runs[3]?.stdout).toMatch(/Dropped 44 lines[\s\S]*line 93: 沈念sama阅读 198,932评论 5 466/);
  });

  it('hands lint the seeds with their known defects', async () => {
    const r = await cli(['lint', '--format', 'json', '--content', content]);
    expect(r.code).toBe(0);
    const problems = JSON.parse(r.stdout).problems as { file: string; rule: string; message: string }[];
    const of = (brand: string, rule: string) =>
      problems.filter((p) => p.file.startsWith(`brands/${brand}/`) && p.rule === rule).map((p) => p.message);
    expect(of('beiye', 'empty-contact')).toEqual(
      ['联系部门:', '联系人:', '联系电话:', '联系邮箱:'].map((l) => `The contact field "${l}" is empty.`),
    );
    expect(of('chefu', 'duplicate-passage')).toHaveLength(1);
    expect(of('chefu', 'mixed-script').join('\n')).toContain('情況');
  });

  it('refuses to replace a version unless --force, and then replaces it', async () => {
    const args = importArgs(join(seedsDir, seeds[0]!), 'beiye', content);
    const refused = await cli(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('brands/beiye/privacy/2020-01-01.mdx already exists; pass --force to replace it.');
    expect((await cli([...args, '--force', '--title', '贝业隐私政策（修订）'])).code).toBe(0);
    expect(readVersion(join(content, 'brands/beiye/privacy/2020-01-01.mdx')).yaml).toBe('title: 贝业隐私政策（修订）');
  });

  it('gives a later version the summary placeholder, which lint then reports', async () => {
    const dir = tempDir('import-later');
    const base = ['--brand', 'chefu', '--policy', 'privacy', '--content', dir];
    expect((await cli(['import', join(seedsDir, seeds[4]!), ...base, '--effective', '2019-11-01'])).code).toBe(0);
    const later = await cli(['import', join(seedsDir, seeds[4]!), ...base, '--effective', '2022-10-01']);
    expect(later.stdout).toContain('The summary is a placeholder');
    expect(readVersion(join(dir, 'brands/chefu/privacy/2022-10-01.mdx')).yaml).toContain(
      'summary: "TODO: describe what changed"',
    );
    const lint = await cli(['lint', '--content', dir]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('The "summary" is still the placeholder.');
    const summarised = await cli([
      'import', join(seedsDir, seeds[4]!), ...base, '--effective', '2025-01-15', '--summary', '新增联系方式。',
    ]); // prettier-ignore
    expect(summarised.code).toBe(0);
  });

  it("writes a translation for a locale other than the brand's", async () => {
    const dir = tempDir('import-en');
    writeFileSync(join(dir, 'policy.md'), '# Privacy Policy\n\nWe collect what we need.\n');
    expect((await cli(importArgs(join(seedsDir, seeds[0]!), 'beiye', dir))).code).toBe(0);
    const r = await cli([...importArgs('policy.md', 'beiye', dir), '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'brands/beiye/privacy/2020-01-01.en.mdx'))).toBe(true);
  });

  it('converts Markdown from another repository and reports what it could not convert', async () => {
    const dir = tempDir('import-md');
    const md = [
      '\uFEFF---',
      'title: Privacy Policy',
      'permalink: /privacy/',
      '---',
      '# Privacy Policy',
      '{: #top }',
      '',
      'We use {{ site.name }} and keep <b>some</b> data {when} a < b.',
      '',
      '## What we collect {#collect}',
      '',
      '<table>',
      '<tr><th>Data</th><th>Why</th></tr>',
      '<tr><td>Email</td><td>Replies</td></tr>',
      '</table>',
      '',
      '<iframe src="https://x.example"></iframe>',
      '',
      'See [terms](https://acme.example/terms).',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'privacy.md'), md);
    const r = await cli([
      'import',
      join(dir, 'privacy.md'),
      '--brand',
      'acme',
      '--policy',
      'privacy',
      '--effective',
      '2024-01-01',
      '--locale',
      'en',
      '--content',
      dir,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Could not convert:\n {2}line 1: front matter fields not kept: permalink\n[\s\S]*Liquid template "\{\{ site.name \}\}"[\s\S]*<iframe https:\/\/x.example> removed/,
    );
    const { yaml, body } = readVersion(join(dir, 'brands/acme/privacy/2024-01-01.mdx'));
    expect(yaml).toBe('title: Privacy Policy');
    expect(body).toContain('## What we collect \\{#collect}');
    expect(body).toContain('| Email | Replies |');
    expect(() => compileBody(body)).not.toThrow();
    expect((await cli(['lint', '--content', dir])).code).toBe(0);
  });

  it('converts a saved web page, dropping navigation, header, footer and scripts', async () => {
    const dir = tempDir('import-html');
    writeFileSync(
      join(dir, 'p.html'),
      '<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav><header>Logo</header><h1>隐私政策</h1><h2>一、收集</h2><p>我们收集{少量}信息。</p><table><tr><th>项目</th><th>期限</th></tr><tr><td>邮箱</td><td>3年</td></tr></table><footer>© 2024</footer></body></html>',
    );
    const r = await cli([
      'import',
      join(dir, 'p.html'),
      '--brand',
      'acme',
      '--policy',
      'privacy',
      '--effective',
      '2024-01-01',
      '--content',
      dir,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dropped 3 lines[\s\S]*<nav> Home[\s\S]*<header> Logo[\s\S]*<footer> © 2024/);
    const { yaml, body } = readVersion(join(dir, 'brands/acme/privacy/2024-01-01.mdx'));
    expect(yaml).toBe('title: 隐私政策');
    expect(body).toBe('\n## 一、收集\n\n我们收集\\{少量}信息。\n\n| 项目 | 期限 |\n| -- | -- |\n| 邮箱 | 3年 |\n');
  });

  it('exits 2 with a clear message on wrong usage', async () => {
    const dir = tempDir('import-usage');
    writeFileSync(join(dir, 'p.pdf'), '');
    const cases: [string[], RegExp][] = [
      [['import'], /exactly one input file/],
      [
        ['import', 'p.pdf', '--brand', 'a', '--policy', 'p', '--effective', '2024-01-01'],
        /reads \.txt, \.md, \.markdown, \.html, \.htm files/,
      ],
      [
        ['import', 'missing.txt', '--brand', 'a', '--policy', 'p', '--effective', '2024-01-01'],
        /There is no file missing.txt/,
      ],
      [
        ['import', 'x.txt', '--brand', 'A B', '--policy', 'p', '--effective', '2024-01-01'],
        /--brand "A B" is not a valid id/,
      ],
      [
        ['import', 'x.txt', '--brand', 'a', '--policy', 'p', '--effective', '2024-02-30'],
        /--effective "2024-02-30" is not a date/,
      ],
      [['import', 'x.txt', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const r = await cli([...args, '--content', dir], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Run "privacy-center import --help" for usage.');
    }
    expect(readFileSync(join(dir, 'p.pdf'), 'utf8')).toBe('');
  });
});
