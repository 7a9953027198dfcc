import { join } from 'node:path';
import type { Command } from './args.ts';
import { PROJECT_DIR, runNode } from './site-run.ts';

export const assembleCommand: Command = {
  name: 'assemble',
  summary: "put shard builds' outputs together into the whole site",
  help: `Usage: privacy-center assemble <shard output>… [--out <dir>]

Puts the outputs of "privacy-center build --shard <i>/<n>" (one per shard, built from the same
content, code and settings for the same day) together into the whole group's site: each brand's
files from the shard that built it, the shared pages, assets and search files from the first. The
result is the site one build of every brand makes. Outputs that do not fit together (a brand
missing or twice, another day, shared files that differ) are refused and nothing is written; the
site lands in a staging folder and replaces the output folder in one step.

Options:
  --out <dir>  output folder (default: $PRIVACY_CENTER_OUT or dist/)
  -h, --help   show this help

Exit codes: 0 assembled, 1 the outputs do not fit together (nothing written), 2 usage.`,
  run(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(`${this.help}\n`);
      return 0;
    }
    return runNode([join(PROJECT_DIR, 'scripts/assemble.ts'), ...argv], io.cwd, io.env);
  },
};
