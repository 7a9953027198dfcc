import { join } from 'node:path';
import type { DiffModel } from './model.ts';
import type { VersionRecord } from '../content/read.ts';
import { diffBlocks } from './diff.ts';
import { codeKey } from '../build/code-key.ts';
import { jsonCache, type JsonCache } from '../build/json-cache.ts';

/**
 * Diffs of version texts. The history page, the change page and the compare data ask for the same
 * ones, so each is computed once per build (memory) and once per content (disk, keyed by the texts'
 * SHA-256 and by the engine's code, src/lib/build/code-key.ts). The disk cache also lets a worker compute
 * them while Astro bundles (src/integrations/diff-warmup.ts).
 */
const diffs = new Map<string, DiffModel>();

let disk: JsonCache | null | undefined;

function diskCache(): JsonCache | null {
  if (disk === undefined) {
    try {
      const project = process.cwd();
      const engine = codeKey(join(project, 'src/lib/diff/diff.ts'), project);
      disk = jsonCache(join(project, 'node_modules/.cache/privacy-center/diffs', engine));
    } catch {
      disk = null;
    }
  }
  return disk;
}

export function diffTexts(from: VersionRecord, to: VersionRecord): DiffModel {
  const key = `diff-${from.sha256}-${to.sha256}-${to.locale}`;
  let found = diffs.get(key) ?? diskCache()?.get<DiffModel>(key);
  if (found === undefined) {
    found = diffBlocks(from.text.blocks, to.text.blocks, { locale: to.locale });
    diskCache()?.set(key, found);
  }
  diffs.set(key, found);
  return found;
}
