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
  // A page's data is thousands of small values, and a call into the hash for each cost more than the
  // hashing: the text is gathered and hashed in large pieces, which gives the same hash.
  let text = '';
  const put = (part: string): void => {
    text += part;
    if (text.length >= 1 << 16) flush();
  };
  const flush = (): void => {
    hash.update(text);
    text = '';
  };
  const seen = new Set<object>();
  const add = (v: unknown): void => {
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number') {
      put(`${String(v)};`);
    } else if (typeof v === 'string') {
      put(`s${v.length}:`);
      put(v);
    } else if (typeof v === 'bigint') {
      put(`n${v};`);
    } else if (typeof v === 'function' || typeof v === 'symbol') {
      throw new TypeError(`A page's data holds a ${typeof v}, which cannot be hashed: give the page plain data.`);
    } else if (typeof v === 'object') {
      // A value met again below itself would never end; one met again beside itself is hashed again.
      if (seen.has(v)) throw new TypeError("A page's data refers to itself, which cannot be hashed.");
      seen.add(v);
      const name = keyedName(v);
      if (name !== undefined) put(`k${name.length}:${name}`);
      else if (v instanceof URL) put(`u${v.href.length}:${v.href}`);
      else if (v instanceof Date) put(`d${v.getTime()};`);
      else if (Buffer.isBuffer(v) || v instanceof Uint8Array) {
        put(`b${v.length}:`);
        flush();
        hash.update(v);
      } else if (v instanceof Map) {
        put(`m${v.size}{`);
        for (const [k, item] of v) {
          add(k);
          add(item);
        }
        put('}');
      } else if (v instanceof Set) {
        put(`t${v.size}{`);
        for (const item of v) add(item);
        put('}');
      } else if (Array.isArray(v)) {
        put(`a${v.length}[`);
        for (const item of v) add(item);
        put(']');
      } else {
        const keys = Object.keys(v).sort();
        put(`o${keys.length}{`);
        for (const k of keys) {
          put(`${k}=`);
          add((v as Record<string, unknown>)[k]);
        }
        put('}');
      }
      seen.delete(v);
    }
  };
  add(value);
  flush();
  return hash.digest('hex').slice(0, 32);
}
