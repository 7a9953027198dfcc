/**
 * Writes a generated content folder in the project's content model: brands/<brand>/brand.yaml and
 * brands/<brand>/<policy>/<YYYY-MM-DD>.mdx. Each policy's history depends only on the seed and its
 * brand and policy numbers, so a smaller corpus is a prefix of a larger one and sizes compare fairly.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstVersion, renderMdx } from './policy-doc.ts';
import { revise } from './policy-edits.ts';
import { derivedSeed, seeded } from './random.ts';
import type { TextPool } from './text-pool.ts';

/** The build's fixed "now": about one version in six ends up upcoming, the rest current or archived. */
export const BENCH_NOW = '2025-06-01';

export interface CorpusShape {
  /** Versions in the whole corpus; the last policy may hold fewer than `versionsPerPolicy`. */
  versions: number;
  policiesPerBrand: number;
  versionsPerPolicy: number;
  /** Characters of text per version. */
  chars: number;
  seed: number;
}

export interface CorpusSummary {
  brands: number;
  policies: number;
  versions: number;
  /** Characters of MDX written, frontmatter included. */
  chars: number;
}

const POLICIES = [
  { id: 'privacy', title: '隐私政策' },
  { id: 'children', title: '儿童个人信息保护规则' },
  { id: 'cookies', title: 'Cookie 政策' },
  { id: 'third-party', title: '第三方信息共享清单' },
  { id: 'terms', title: '用户服务协议' },
  { id: 'account-deletion', title: '账号注销须知' },
  { id: 'permissions', title: '应用权限说明' },
  { id: 'marketing', title: '营销信息推送规则' },
];
const NAME_HEADS = [...'云星海嘉贝新优安华德金天宏博鑫恒'];
const NAME_TAILS = [...'品业途达选购行家联汇信通盛源乐美'];
const NAME_KINDS = ['科技', '商城', '出行', '物流', '健康', '金融', '教育', '生活'];
// Tailwind 700 shades: all reach 4.5:1 with white text, as brand.yaml's contrast rule requires.
const PRIMARY = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#6d28d9',
  '#be185d',
  '#0f766e',
  '#374151',
  '#c2410c',
  '#4338ca',
  '#15803d',
  '#a21caf',
  '#0369a1',
];

export function writeCorpus(contentDir: string, shape: CorpusShape, pool: TextPool): CorpusSummary {
  const policySlots = Math.ceil(shape.versions / shape.versionsPerPolicy);
  const brandCount = Math.ceil(policySlots / shape.policiesPerBrand);
  let chars = 0;
  for (let b = 0; b < brandCount; b++) {
    const brand = `brand-${String(b + 1).padStart(3, '0')}`;
    const name = brandName(b);
    const brandDir = join(contentDir, 'brands', brand);
    mkdirSync(brandDir, { recursive: true });
    writeFileSync(
      join(brandDir, 'brand.yaml'),
      `name: ${name}\nlegalName: ${name}有限公司\nlocale: zh-CN\ncolors:\n  primary: "${PRIMARY[b % PRIMARY.length]}"\n`,
    );
    for (let p = 0; p < shape.policiesPerBrand; p++) {
      const slot = b * shape.policiesPerBrand + p;
      if (slot >= policySlots) break;
      const count = Math.min(shape.versionsPerPolicy, shape.versions - slot * shape.versionsPerPolicy);
      const kind = POLICIES[p] ?? { id: `policy-${p + 1}`, title: `补充政策${p + 1}` };
      chars += writeHistory(
        join(brandDir, kind.id),
        `${name}${kind.title}`,
        count,
        shape,
        pool,
        derivedSeed(shape.seed, b, p),
      );
    }
  }
  return { brands: brandCount, policies: policySlots, versions: shape.versions, chars };
}

function writeHistory(
  dir: string,
  title: string,
  count: number,
  shape: CorpusShape,
  pool: TextPool,
  seed: number,
): number {
  const random = seeded(seed);
  mkdirSync(dir, { recursive: true });
  const dates = historyDates(count, random.int(-240, 60), () => random.int(20, 200));
  let doc = firstVersion(pool, random, shape.chars);
  let chars = 0;
  dates.forEach((date, i) => {
    const lines = ['---', `title: ${JSON.stringify(title)}`];
    if (i > 0) {
      const revision = revise(doc, pool, random, shape.chars);
      doc = revision.doc;
      // JSON strings are valid YAML double-quoted scalars, so any summary text stays one safe line.
      lines.push(`summary: ${JSON.stringify(revision.summary)}`);
      if (random.chance(0.1)) lines.push('material: true');
    }
    const text = `${lines.join('\n')}\n---\n\n${renderMdx(doc)}`;
    chars += text.length;
    writeFileSync(join(dir, `${date}.mdx`), text);
  });
  return chars;
}

/** `count` distinct dates ending `lastOffset` days from BENCH_NOW, oldest first. */
function historyDates(count: number, lastOffset: number, gap: () => number): string[] {
  const day = 86_400_000;
  let time = Date.parse(`${BENCH_NOW}T00:00:00Z`) + lastOffset * day;
  const dates: string[] = [];
  for (let i = 0; i < count; i++, time -= gap() * day) dates.unshift(new Date(time).toISOString().slice(0, 10));
  return dates;
}

function brandName(index: number): string {
  const n = NAME_HEADS.length;
  return `${NAME_HEADS[index % n]}${NAME_TAILS[Math.floor(index / n) % n]}${NAME_KINDS[Math.floor(index / (n * n)) % NAME_KINDS.length]}`;
}

/**
 * What an editor does between two builds: publishes a new version of the first brand's first policy,
 * 30 days after its latest, with one section added. Returns the new file, for removing it afterwards.
 */
export function addVersion(contentDir: string): string {
  const brands = join(contentDir, 'brands');
  const brand = readdirSync(brands).sort()[0]!;
  const policy = readdirSync(join(brands, brand), { withFileTypes: true }).filter((e) => e.isDirectory())[0]!.name;
  const dir = join(brands, brand, policy);
  const latest = readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.mdx$/.test(f))
    .sort()
    .at(-1)!;
  const date = new Date(Date.parse(`${latest.slice(0, 10)}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const text = readFileSync(join(dir, latest), 'utf8').replace(
    /^(---\n[\s\S]*?)(?:summary: .*\n)?---\n/,
    '$1summary: "新增“自动化决策”一节。"\n---\n',
  );
  const file = join(dir, `${date}.mdx`);
  writeFileSync(file, `${text}\n## 自动化决策\n\n我们不会仅凭自动化决策作出对您有重大影响的决定。\n`);
  return file;
}
