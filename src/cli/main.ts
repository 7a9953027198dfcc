import type { Command, Io } from './args.ts';
import { UsageError } from './args.ts';
import { importCommand } from './import.ts';
import { importHistoryCommand } from './import-history.ts';
import { lintCommand } from './lint.ts';
import { diffCommand } from './diff.ts';
import { changedCommand } from './changed.ts';
import { assembleCommand } from './assemble.ts';
import { newVersionCommand } from './new-version.ts';
import { initCommand } from './init.ts';
import { buildCommand } from './build.ts';
import { devCommand } from './dev.ts';
import { previewCommand } from './preview.ts';

const commands: readonly Command[] = [
  initCommand,
  importCommand,
  importHistoryCommand,
  newVersionCommand,
  lintCommand,
  diffCommand,
  changedCommand,
  buildCommand,
  assembleCommand,
  devCommand,
  previewCommand,
];

const usage = `Usage: privacy-center <command> [options]

Builds a Privacy Center from a content folder (site.yaml, brands/<brand>/<policy>/<date>.mdx),
and the editor's tools for that folder.

Commands:
${commands.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`).join('\n')}

Run "privacy-center <command> --help" for a command's options.
Commands that read the content take --content <dir> (default: $PRIVACY_CENTER_CONTENT or content/).
Exit codes: 0 fine, 1 content problems found, 2 wrong usage or an unexpected failure.`;

/** Runs one command line; resolves to the exit code and never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(`${usage}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = commands.find((c) => c.name === rest[0]);
    io.out(`${command ? command.help : usage}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`privacy-center: unknown command "${name}".\n\n${usage}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`privacy-center ${name}: ${error.message}\nRun "privacy-center ${name} --help" for usage.\n`);
    } else {
      const e = error instanceof Error ? error : new Error(String(error));
      io.err(
        `privacy-center ${name} failed: ${e.message}\n${io.env['PRIVACY_CENTER_DEBUG'] ? `${e.stack}\n` : 'Set PRIVACY_CENTER_DEBUG=1 to see where.\n'}`,
      );
    }
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
  outIsTTY: process.stdout.isTTY === true,
});
