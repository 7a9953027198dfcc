// Puts the outputs of shard builds (`npm run build -- --shard i/n`) together into the whole group's
// site, in a staging folder moved into place in one step once every check passed: the site one build
// of all brands makes (src/lib/build/assemble.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { planAssembly, type ShardOutput } from '../src/lib/build/assemble.ts';
import { incomingFolder, lockDestination, recoverDestination, swapIn } from '../src/lib/build/destination.ts';
import { linkOrCopy, removeInBackground } from '../src/lib/build/folders.ts';
import { outputFolderProblem, SITE_MARKER } from '../src/lib/build/output-folder.ts';
import { defaultCacheRoot } from '../src/lib/build/packages.ts';
import { aidsFiles, mergeAids } from '../src/lib/build/search-aids.ts';
import {
  isShardManifest,
  isShardSearchParts,
  SHARD_MANIFEST,
  SHARD_SEARCH_PARTS,
  type ShardSearchParts,
} from '../src/lib/build/shard.ts';
import { isInForceBundle } from '../src/lib/search/files.ts';

const project = resolve(import.meta.dirname, '..');
const started = performance.now();
const { inputs, out } = readArguments(process.argv.slice(2));

const refused = outputFolderProblem(out, {
  contentDir: resolve(process.env['PRIVACY_CENTER_CONTENT'] || 'content'),
  projectDir: project,
});
if (refused) fail([`The output folder: ${refused.message}`, `  Fix: ${refused.hint}`]);
const overlapping = inputs.find(
  (dir) => dir === out || dir.startsWith(`${out}${sep}`) || out.startsWith(`${dir}${sep}`),
);
if (overlapping)
  fail([`The output folder ${out} and the shard output ${overlapping} overlap: assemble into a folder of its own.`]);

const outputs = inputs.map(readOutput);
const plan = planAssembly(outputs);
if (!plan.ok) fail(['The shard outputs cannot be assembled:', ...plan.problems.map((p) => `  ${p}`)]);
for (const { file, dirs } of plan.compare) {
  const [first, ...rest] = dirs.map((dir) => readFileSync(join(dir, file)));
  const differs = rest.findIndex((copy) => !copy.equals(first!));
  if (differs >= 0)
    fail([
      `${file} differs between ${dirs[0]} and ${dirs[differs + 1]}: the shards were not built from the same content, code and settings. Build them again from one commit.`,
    ]);
}

recoverDestination(out);
const lock = await lockDestination(join(defaultCacheRoot(project), 'builds', 'locks'), out);
const incoming = incomingFolder(out);
try {
  let link = true;
  for (const [file, dir] of [...plan.sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(incoming, file);
    mkdirSync(dirname(target), { recursive: true });
    link = linkOrCopy(join(dir, file), target, link);
  }
  // Search's lexicon and suggestions of every brand, from each shard's parts of its own.
  const made = mergeAids(plan.search.parts, plan.search.groups);
  for (const file of aidsFiles({ lexicon: () => made.lexicon, suggestions: () => made.suggestions })) {
    const target = join(incoming, file.path.slice(1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.body());
  }
  writeFileSync(join(incoming, SITE_MARKER), 'Built by Privacy Center: a later build replaces this folder.\n');
} catch (error) {
  rmSync(incoming, { recursive: true, force: true });
  rmSync(lock, { force: true });
  fail([`Writing the assembled site failed: ${error instanceof Error ? error.message : String(error)}`]);
}
const old = swapIn(incoming, out);
if (old !== undefined) removeInBackground(old);
rmSync(lock, { force: true });
const brands = outputs.flatMap((o) => o.manifest.brands).filter((id) => !isInForceBundle(id)).length;
process.stdout.write(
  `Assembled ${plan.sources.size} files of ${brands} brands from ${outputs.length} shards into ${out} in ${((performance.now() - started) / 1000).toFixed(2)}s.\n`,
);

function readArguments(argv: string[]): { inputs: string[]; out: string } {
  const inputs: string[] = [];
  let out = process.env['PRIVACY_CENTER_OUT'] || 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg.startsWith('--out=')) out = arg === '--out' ? (argv[++i] ?? '') : arg.slice(6);
    else if (arg.startsWith('-')) usage(`Unknown option ${arg}.`);
    else inputs.push(resolve(arg));
  }
  if (out === '') usage('--out needs a folder.');
  if (inputs.length === 0) usage('Name the output folders of the shards to assemble.');
  return { inputs, out: resolve(out) };
}

function fail(lines: string[]): never {
  process.stderr.write(`\n${lines.join('\n')}\nNothing was written.\n`);
  process.exit(1);
}

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: privacy-center assemble <shard output>… [--out <dir>]\n`);
  process.exit(2);
}

/** A shard's output: its manifest and its files; a folder that is not one is named, with what to do. */
function readOutput(dir: string): ShardOutput {
  const file = join(dir, SHARD_MANIFEST);
  if (!existsSync(file))
    fail([
      `${dir} is not the output of a shard build: it has no ${SHARD_MANIFEST}. Build each shard with npm run build -- --shard <i>/<n>.`,
    ]);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fail([`${file} is not a shard manifest; build the shard again.`]);
  }
  if (!isShardManifest(manifest))
    fail([`${file} is not a manifest this version of the project reads; build the shard again with it.`]);
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      // Links are never followed: an output holds the files its build wrote.
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  if (!statSync(dir).isDirectory()) fail([`${dir} is not a folder.`]);
  walk(dir);
  return { dir, manifest, files, search: readSearchParts(dir) };
}

/** A shard's search parts (src/lib/build/search-aids.ts), which every shard output leaves beside its manifest. */
function readSearchParts(dir: string): ShardSearchParts {
  const file = join(dir, SHARD_SEARCH_PARTS);
  let parts: unknown;
  try {
    parts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fail([
      `${dir} has no readable ${SHARD_SEARCH_PARTS}: build the shard again with this version of the project.`,
    ]);
  }
  if (!isShardSearchParts(parts))
    fail([`${file} is not a file of search parts this version of the project reads; build the shard again with it.`]);
  return parts;
}
