import { createHash } from 'node:crypto';
import { keyedName } from '../page-data/keyed.ts';

/**
 * A hash of everything a value holds, for Astro's incremental build: a page whose data hashes the
 * same as in the last build is copied from it instead of rendered (src/pages/[...path].astro). Maps,
 * sets, URLs and dates count by their contents, which JSON.stringify would drop; a keyed part
 * (src/lib/page-data/keyed.ts) counts by its name, without being made; a function cannot be hashed,
 * so data holding one is refused rather than keyed by less than it shows.
 */
export function dataKey(value: unknown): string {
  const hash = createHash('sha256');
  const seen = new Set<object>();
  const add = (v: unknown): void => {
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number') {
      hash.update(`${String(v)};`);
    } else if (typeof v === 'string') {
      hash.update(`s${v.length}:`).update(v);
    } else if (typeof v === 'bigint') {
      hash.update(`n${v};`);
    } else if (typeof v === 'function' || typeof v === 'symbol') {
      throw new TypeError(`A page's data holds a ${typeof v}, which cannot be hashed: give the page plain data.`);
    } else if (typeof v === 'object') {
      // A value met again below itself would never end; one met again beside itself is hashed again.
      if (seen.has(v)) throw new TypeError("A page's data refers to itself, which cannot be hashed.");
      seen.add(v);
      const name = keyedName(v);
      if (name !== undefined) hash.update(`k${name.length}:${name}`);
      else if (v instanceof URL) hash.update(`u${v.href.length}:${v.href}`);
      else if (v instanceof Date) hash.update(`d${v.getTime()};`);
      else if (Buffer.isBuffer(v) || v instanceof Uint8Array) hash.update(`b${v.length}:`).update(v);
      else if (v instanceof Map) {
        hash.update(`m${v.size}{`);
        for (const [k, item] of v) {
          add(k);
          add(item);
        }
        hash.update('}');
      } else if (v instanceof Set) {
        hash.update(`t${v.size}{`);
        for (const item of v) add(item);
        hash.update('}');
      } else if (Array.isArray(v)) {
        hash.update(`a${v.length}[`);
        for (const item of v) add(item);
        hash.update(']');
      } else {
        const keys = Object.keys(v).sort();
        hash.update(`o${keys.length}{`);
        for (const k of keys) {
          hash.update(`${k}=`);
          add((v as Record<string, unknown>)[k]);
        }
        hash.update('}');
      }
      seen.delete(v);
    }
  };
  add(value);
  return hash.digest('hex').slice(0, 32);
}
