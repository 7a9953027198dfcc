/** Command-line flags of `npm run bench`; sizes are in versions (one MDX file each). */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  policies: number;
  versions: number;
  runs: number;
  /** Corpus sizes to build, in versions; brands are added or removed to reach each. */
  sizes: number[];
  /** The size the RESULT line's headline fields describe (brands × policies × versions). */
  headline: number;
  chars: number;
  seed: number;
  keep: boolean;
}

// Two runs by default: every run builds each size five times (three project builds, baseline, Starlight).
const DEFAULT_RUNS = 2;

export const HELP = `Usage: npm run bench -- [flags]

Builds a generated corpus of Chinese policy versions with the project, with a bare Astro + Pagefind
site of the same pages and with Starlight (installed from npm into the temporary folder), alternating,
and prints medians, growth per size and, as its last line, RESULT {json}. Each run builds the project
cold (a fresh clone's first build), then again into the same folder unchanged, then with one version
added.

  --brands N     brands in the headline corpus (default 10)
  --policies N   policies per brand (default 5)
  --versions N   versions per policy (default 20); headline size = brands × policies × versions
  --sizes LIST   corpus sizes in versions, e.g. 250,1000,5000 (default: ¼, ½, 1 and 2 × headline);
                 brands are scaled to reach each size
  --runs N       runs per size, each building every kind once, alternating; medians are reported
                 (default 2)
  --chars N      characters of text per version (default 10000)
  --seed N       seed of the generated corpus (default 1)
  --quick        one size of 100 versions, one run: checks that the benchmark works
  --keep         keep the temporary folder (corpora, sites, outputs and build logs)
  --help         this text

The compared builds print no PDFs; a 20-version corpus is then built once with PDFs, and the PDF
step's cost is printed on its own line (and in RESULT as pdf_ms_each and pdf_s_per_version).
`;

export function readOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      brands: { type: 'string' },
      policies: { type: 'string' },
      versions: { type: 'string' },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      chars: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const policies = count('--policies', values.policies, 5);
  const versions = count('--versions', values.versions, 20);
  const headline =
    values.quick && values.brands === undefined ? 100 : count('--brands', values.brands, 10) * policies * versions;
  const sizes =
    values.sizes === undefined
      ? values.quick
        ? [headline]
        : [headline / 4, headline / 2, headline, headline * 2].map(Math.round)
      : values.sizes.split(',').map((s) => count('--sizes', s.trim(), 0));
  return {
    policies,
    versions,
    runs: values.quick && values.runs === undefined ? 1 : count('--runs', values.runs, DEFAULT_RUNS),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    headline,
    chars: count('--chars', values.chars, 10_000),
    seed: count('--seed', values.seed, 1),
    keep: values.keep,
  };
}

function count(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number of at least 1, not "${value}".`);
  return n;
}
