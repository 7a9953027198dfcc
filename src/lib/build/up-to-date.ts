/**
 * Whether a site already in its output folder is what a build would make now: the same content,
 * the same code, the same settings (the day of the statuses among them), and the folder exactly as
 * that build left it. scripts/build.ts then leaves it as it is instead of building it again; any
 * difference, or `--force`, builds (incrementally: most pages still come from the cache).
 */
import { createHash, type Hash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The files of the project whose change changes what a build makes. */
const CODE = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'scripts/build.ts'];

/**
 * Every entry under `dir`, sorted, into the hash: files by their bytes, links by their targets.
 * Hidden entries (.git, .DS_Store) are left out, as the content reader leaves them out
 * (src/lib/content/entries.ts), and so are a project's dependencies and caches.
 */
function hashTree(hash: Hash, dir: string, root: string): void {
  if (!existsSync(dir)) {
    hash.update(`missing ${relative(root, dir)}\n`);
    return;
  }
  const stat = lstatSync(dir);
  const rel = relative(root, dir);
  if (stat.isSymbolicLink()) hash.update(`link ${rel} ${readlinkSync(dir)}\n`);
  else if (stat.isFile()) hash.update(`file ${rel} ${stat.size}\n`).update(readFileSync(dir));
  else if (stat.isDirectory()) {
    hash.update(`dir ${rel}\n`);
    for (const name of readdirSync(dir).sort()) if (!name.startsWith('.')) hashTree(hash, join(dir, name), root);
  } else hash.update(`other ${rel}\n`);
}

/** What a build is asked to do besides its content: the settings, arguments and Node that run it. */
interface BuildCall {
  projectDir: string;
  env: Record<string, string | undefined>;
  args: readonly string[];
}

/**
 * What every page and file is made by, whatever the content and the day: the project's code, the
 * Node that runs it and the settings (each PRIVACY_CENTER_* variable but where the output goes, where
 * the cache is and the day). A rebuild keeps files of the published site only under the same key
 * (src/lib/build/kept-files.ts).
 */
export function renderInputs(call: BuildCall): string {
  const hash = createHash('sha256');
  const settings = Object.entries(call.env)
    .filter(([name]) => /^(PRIVACY_CENTER_|CHROMIUM_PATH$)/.test(name))
    .filter(([name]) => !/^PRIVACY_CENTER_(OUT|DESTINATION|CACHE|NOW|KEEP)$/.test(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify({ settings, args: call.args, node: process.version }));
  for (const path of CODE) hashTree(hash, join(call.projectDir, path), call.projectDir);
  return hash.digest('hex');
}

/**
 * What the build's output depends on: what it is made by (`render`, from renderInputs), the day the
 * statuses are computed for, and every file of the content folder.
 */
export function buildInputs(options: { contentDir: string; now: string; render: string }): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ now: options.now, render: options.render }));
  hashTree(hash, options.contentDir, options.contentDir);
  return hash.digest('hex');
}

/** The output folder as it is: a hash of each file's path, size and time of change, and each file's stat by path. */
export interface OutputScan {
  state: string;
  stats: Map<string, Stats>;
}

export function scanOutput(out: string): OutputScan {
  const hash = createHash('sha256');
  const stats = new Map<string, Stats>();
  const walk = (dir: string): void => {
    // The entries' types come with the listing, so only files are stat'ed: a site has a folder per page.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const rel = relative(out, path);
        const stat = lstatSync(path);
        hash.update(`${rel} ${stat.size} ${stat.mtimeMs} ${stat.isSymbolicLink() ? 'link' : ''}\n`);
        stats.set(rel.split(sep).join('/'), stat);
      }
    }
  };
  walk(out);
  return { state: hash.digest('hex'), stats };
}

/**
 * The record of the last build of a folder, kept with the build's own files (not in the site, which
 * stays the same bytes for the same content): what it was built from and how it was left.
 */
export function recordBuild(record: string, out: string, inputs: string, scan = scanOutput(out)): void {
  mkdirSync(dirname(record), { recursive: true });
  writeFileSync(record, `${JSON.stringify({ out, inputs, output: scan.state })}\n`);
}

/** Whether the folder holds the site these inputs make, untouched since it was built. */
export function isUpToDate(record: string, out: string, inputs: string): boolean {
  try {
    const last = JSON.parse(readFileSync(record, 'utf8')) as { out?: string; inputs?: string; output?: string };
    return last.out === out && last.inputs === inputs && last.output === scanOutput(out).state;
  } catch {
    return false;
  }
}
