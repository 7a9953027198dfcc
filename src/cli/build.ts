import { join } from 'node:path';
import { optionsHelp, parseOptionsOnly, UsageError, type Command } from './args.ts';
import { PROJECT_DIR, runNode, siteEnv, siteOptions, siteOptionsHelp } from './site-run.ts';

const options = {
  ...siteOptions,
  out: { type: 'string' },
  'no-pdf': { type: 'boolean' },
  force: { type: 'boolean' },
  shard: { type: 'string' },
  brands: { type: 'string' },
} as const;

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the site from the content folder into dist/',
  help: `Usage: privacy-center build [options]

Checks the whole content folder, then builds the site into a staging folder and puts it in place of
the output folder only when the build succeeded. A site already built from the same content, code
and settings is left as it is. Each option overrides its environment variable.

${optionsHelp([
  ...siteOptionsHelp.filter(([o]) => !o.startsWith('--content')),
  ['--out <dir>', 'output folder (default: $PRIVACY_CENTER_OUT or dist/)'],
  ['--no-pdf', 'build without the PDFs of versions and redlines (PRIVACY_CENTER_PDF=0)'],
  ['--force', 'build everything again, ignoring what the last build left'],
  [
    '--shard <i>/<n>',
    "build the i-th of n shards of the group site: a share of the brands (balanced by versions)\nwith the shared pages; npm run assemble puts the shards' outputs together\n(default: $PRIVACY_CENTER_SHARD)",
  ],
  ['--brands <ids>', 'build a shard of these brands, e.g. beiye,yhd'],
])}

Exit codes: 0 built, 1 the content or a setting has problems (each named with its file and line;
nothing written), 2 wrong usage.`,
  run(argv, io) {
    const values = parseOptionsOnly(this, argv, options, io);
    if (values === undefined) return 0;
    if (values.shard !== undefined && values.brands !== undefined)
      throw new UsageError('--shard and --brands both pick a shard: give one of them.');
    const env = siteEnv({ ...values, pdf: !values['no-pdf'] }, io);
    const shard = values.shard ?? values.brands;
    if (shard !== undefined) env['PRIVACY_CENTER_SHARD'] = shard;
    return runNode([join(PROJECT_DIR, 'scripts/build.ts'), ...(values.force ? ['--force'] : [])], io.cwd, env);
  },
};
