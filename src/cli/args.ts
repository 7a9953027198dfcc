import { resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { localeSchema } from '../schemas/brand.ts';
import { isRealDate } from '../schemas/real-date.ts';

/** Wrong usage: the command prints the message and a pointer to --help, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What a command may touch of the outside world, so tests and main() can provide it. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  errIsTTY: boolean;
  /** Whether stdout is a terminal (redlines are coloured only then). */
  outIsTTY?: boolean;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text. */
  help: string;
  /** Resolves to the exit code: 0 fine, 1 content problems found. */
  run(argv: string[], io: Io): Promise<number> | number;
}

/** Options every command takes. */
export const commonOptions = {
  content: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** Formats `[option, description]` pairs as the Options section of a help text, with the common options last. */
export function optionsHelp(rows: [string, string][], withContent = true): string {
  const all: [string, string][] = [
    ...rows,
    ...(withContent
      ? [['--content <dir>', 'content folder (default: $PRIVACY_CENTER_CONTENT or content/)'] as [string, string]]
      : []),
    ['-h, --help', 'show this help'],
  ];
  const width = Math.max(...all.map(([o]) => o.length));
  return `Options:\n${all.map(([o, d]) => `  ${o.padEnd(width)}  ${d.replace(/\n/g, `\n  ${''.padEnd(width)}  `)}`).join('\n')}`;
}

/**
 * The options of a command that takes no arguments (build, dev, preview); undefined once its
 * help is printed for --help.
 */
export function parseOptionsOnly<O extends ParseArgsOptionsConfig & { help: { type: 'boolean' } }>(
  command: Command,
  argv: string[],
  options: O,
  io: Io,
) {
  const { values, positionals } = parse(argv, options);
  if ((values as { help?: boolean }).help) {
    io.out(`${command.help}\n`);
    return undefined;
  }
  if (positionals.length > 0) throw new UsageError(`${command.name} takes no arguments (got "${positionals[0]}").`);
  return values;
}

/** node:util parseArgs in strict mode, with its errors turned into usage errors. */
export function parse<O extends ParseArgsOptionsConfig>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function contentDir(value: string | undefined, io: Io): string {
  return resolve(io.cwd, value ?? (io.env['PRIVACY_CENTER_CONTENT'] || 'content'));
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export function requireId(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`${option} is required.`);
  if (!idPattern.test(value))
    throw new UsageError(
      `${option} "${value}" is not a valid id: use lowercase letters, digits and hyphens (it becomes part of URLs).`,
    );
  return value;
}

export function requireDate(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`${option} <YYYY-MM-DD> is required.`);
  if (!isRealDate(value)) throw new UsageError(`${option} "${value}" is not a date in the form YYYY-MM-DD.`);
  return value;
}

export function optionalLocale(value: string | undefined): 'zh-CN' | 'en' | undefined {
  if (value === undefined) return undefined;
  const parsed = localeSchema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(`--locale "${value}" is not supported; use ${localeSchema.options.join(' or ')}.`);
  return parsed.data;
}
