/**
 * PRIVACY_CENTER_SHARD (`--shard 2/4`, `--brands beiye,yhd`) as a setting: read where the settings
 * are read, before anything of the content is loaded (src/lib/build/shard.ts divides the content).
 */
import { problem, type Problem } from '../problem.ts';

export type ShardSetting = { index: number; count: number } | { brands: string[] };

/** The setting read, or a sentence saying what is wrong with it. */
export function parseShard(value: string): ShardSetting | string {
  const split = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (split) {
    const index = Number(split[1]);
    const count = Number(split[2]);
    if (count < 1 || index < 1 || index > count)
      return `"${value}" names no shard: use <i>/<n> with 1 ≤ i ≤ n, e.g. 2/4.`;
    return { index, count };
  }
  const brands = value
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const wrong = brands.find((b) => !/^[a-z0-9][a-z0-9-]*$/.test(b));
  if (brands.length === 0 || wrong !== undefined)
    return `"${value}" is neither <i>/<n> (e.g. 2/4) nor a list of brand ids (e.g. beiye,yhd).`;
  return { brands };
}

/** A problem with PRIVACY_CENTER_SHARD (or --shard, --brands), which stops the build before it starts. */
export function shardProblem(message: string, hint: string): Problem {
  return problem('settings', 'PRIVACY_CENTER_SHARD', message, hint);
}
