import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DiffModel } from './diff-model.ts';
import type { VersionRecord } from './content.ts';
import { parseBlocks } from './blocks.ts';
import { normalise } from './normalise.ts';
import { diffBlocks } from './diff.ts';
import { codeKey, jsonCache, type JsonCache } from './json-cache.ts';

/**
 * Blocks and diffs of version files. The history page, the change page and the compare data ask for
 * the same ones, so each is computed once per build (memory) and once per content (disk, keyed by
 * the texts' SHA-256 and by the engine's own source, so a change to the engine starts afresh). The
 * disk cache also lets a worker compute them while Astro bundles (src/integrations/diff-warmup.ts).
 */
const blocks = new Map<string, Block[]>();
const diffs = new Map<string, DiffModel>();

const ENGINE = /^(blocks|normalise|segment|diff(-[a-z]+)?)\.ts$/;
let disk: JsonCache | null | undefined;

function diskCache(): JsonCache | null {
  if (disk === undefined) {
    try {
      const lib = join(process.cwd(), 'src/lib');
      const engine = readdirSync(lib)
        .filter((f) => ENGINE.test(f))
        .sort()
        .map((f) => join(lib, f));
      disk = jsonCache(join(process.cwd(), 'node_modules/.cache/privacy-center', codeKey(engine)));
    } catch {
      disk = null;
    }
  }
  return disk;
}

function remember<T>(memory: Map<string, T>, key: string, compute: () => T): T {
  let found = memory.get(key) ?? diskCache()?.get<T>(key);
  if (found === undefined) {
    found = compute();
    diskCache()?.set(key, found);
  }
  memory.set(key, found);
  return found;
}

export function versionBlocks(text: VersionRecord): Block[] {
  return remember(blocks, `blocks-${text.sha256}`, () => parseBlocks(normalise(text.source)));
}

export function diffTexts(from: VersionRecord, to: VersionRecord): DiffModel {
  return remember(diffs, `diff-${from.sha256}-${to.sha256}-${to.locale}`, () =>
    diffBlocks(versionBlocks(from), versionBlocks(to), { locale: to.locale }),
  );
}
