import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { optionsHelp, parseOptionsOnly, type Command } from './args.ts';
import { astroCli, PROJECT_DIR, runNode, serverArgs, siteEnv } from './site-run.ts';

const options = {
  out: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const previewCommand: Command = {
  name: 'preview',
  summary: 'serve the built site (dist/) to look at before publishing',
  help: `Usage: privacy-center preview [options]

Serves the site the last build wrote, at http://localhost:4321/.

${optionsHelp(
  [
    ['--out <dir>', 'the built site (default: $PRIVACY_CENTER_OUT or dist/)'],
    ['--port <number>', 'port to listen on (default: 4321)'],
    ['--host <address>', 'address to listen on (default: localhost only)'],
  ],
  false,
)}`,
  run(argv, io) {
    const values = parseOptionsOnly(this, argv, options, io);
    if (values === undefined) return 0;
    const env = siteEnv(values, io);
    const out = env['PRIVACY_CENTER_OUT'] ?? '';
    if (!existsSync(out)) {
      io.err(
        `privacy-center preview: there is no built site in ${relative(io.cwd, out) || '.'}; run "privacy-center build" first.\n`,
      );
      return 1;
    }
    return runNode([astroCli(), 'preview', ...serverArgs(values)], PROJECT_DIR, env);
  },
};
