import { optionsHelp, parseOptionsOnly, type Command } from './args.ts';
import { astroCli, PROJECT_DIR, runNode, serverArgs, siteEnv, siteOptions, siteOptionsHelp } from './site-run.ts';

const options = { ...siteOptions, port: { type: 'string' }, host: { type: 'string' } } as const;

export const devCommand: Command = {
  name: 'dev',
  summary: 'serve the site while you edit the content (reloads on every change)',
  help: `Usage: privacy-center dev [options]

Serves the site from the content folder at http://localhost:4321/. A changed policy file reloads
the open page; a broken one shows its file, line and fix in the terminal and the browser until
it is fixed. Each option overrides its environment variable.

${optionsHelp([
  ...siteOptionsHelp.filter(([o]) => !o.startsWith('--content')),
  ['--port <number>', 'port to listen on (default: 4321)'],
  ['--host <address>', 'address to listen on (default: localhost only)'],
])}

Exit codes: 0 stopped, 2 wrong usage or the server could not start.`,
  run(argv, io) {
    const values = parseOptionsOnly(this, argv, options, io);
    if (values === undefined) return 0;
    return runNode([astroCli(), 'dev', ...serverArgs(values)], PROJECT_DIR, siteEnv(values, io));
  },
};
