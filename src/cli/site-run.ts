import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { requirePackageDir } from '../lib/build/packages.ts';
import { UsageError, type Io } from './args.ts';

/** The project's own folder: a clone, or the installed package in a company's node_modules. */
export const PROJECT_DIR = resolve(import.meta.dirname, '../..');

/** The settings build and dev take as flags; each stands for its environment variable (README, "Settings"). */
export const siteOptions = {
  content: { type: 'string' },
  site: { type: 'string' },
  now: { type: 'string' },
  brand: { type: 'string' },
  cache: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const siteOptionsHelp: [string, string][] = [
  ['--content <dir>', 'content folder (default: $PRIVACY_CENTER_CONTENT or content/)'],
  ['--site <url>', "public URL (default: $PRIVACY_CENTER_SITE, else site.yaml's url)"],
  ['--now <YYYY-MM-DD>', 'the day statuses are computed for (default: $PRIVACY_CENTER_NOW or today)'],
  ['--brand <id>', "build one brand, mounted at / (default: $PRIVACY_CENTER_BRAND, else site.yaml's brand)"],
  ['--cache <dir>', 'folder of the caches (default: $PRIVACY_CENTER_CACHE or node_modules/.cache/privacy-center/)'],
];

/**
 * The environment a site command runs the build or Astro in: the flags given, over the variables
 * already set. Folders become absolute, since Astro runs in the project's folder.
 */
export function siteEnv(
  values: {
    content?: string;
    out?: string;
    site?: string;
    now?: string;
    brand?: string;
    cache?: string;
    pdf?: boolean;
  },
  io: Io,
): Record<string, string | undefined> {
  const folder = (flag: string | undefined, name: string, fallback?: string) => {
    const value = flag ?? (io.env[name] || fallback);
    return value === undefined ? undefined : resolve(io.cwd, value);
  };
  return {
    ...io.env,
    PRIVACY_CENTER_CONTENT: folder(values.content, 'PRIVACY_CENTER_CONTENT', 'content'),
    PRIVACY_CENTER_OUT: folder(values.out, 'PRIVACY_CENTER_OUT', 'dist'),
    PRIVACY_CENTER_CACHE: folder(values.cache, 'PRIVACY_CENTER_CACHE'),
    PRIVACY_CENTER_SITE: values.site ?? io.env['PRIVACY_CENTER_SITE'],
    PRIVACY_CENTER_NOW: values.now ?? io.env['PRIVACY_CENTER_NOW'],
    PRIVACY_CENTER_BRAND: values.brand ?? io.env['PRIVACY_CENTER_BRAND'],
    PRIVACY_CENTER_PDF: values.pdf === false ? '0' : io.env['PRIVACY_CENTER_PDF'],
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** Runs a Node script of the project (or Astro's CLI) on this Node, in the foreground; resolves to its exit code. */
export function runNode(args: string[], cwd: string, env: Record<string, string | undefined>): number {
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.signal) return 130;
  return result.status ?? 2;
}

export const astroCli = () => join(requirePackageDir('astro', PROJECT_DIR), 'bin/astro.mjs');

/** `--port` and `--host` as Astro takes them. */
export function serverArgs(values: { port?: string; host?: string }): string[] {
  const args: string[] = [];
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535)
      throw new UsageError(`--port "${values.port}" is not a port number.`);
    args.push('--port', values.port);
  }
  if (values.host !== undefined) args.push('--host', values.host);
  return args;
}
