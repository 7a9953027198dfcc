import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A folder of values for results that depend only on their key (content hashes), shared by builds
 * and by the workers that compute them ahead. Values are kept in V8's own serialization, which a
 * rebuild reads about five times faster than JSON: JSON's UTF-8 must be decoded, Chinese text
 * three bytes a character, while V8 keeps strings as they are in memory. Writes are atomic (temp
 * file + rename), so a reader never sees half a value and two writers of the same key write the
 * same bytes.
 */
export interface ValueCache {
  get<T>(key: string): T | undefined;
  /** Whether a value is kept, without reading it. */
  has(key: string): boolean;
  set(key: string, value: unknown): void;
}

/**
 * `dir` is a folder of this Node's own: V8 may change its format between versions, so the values
 * are kept under its version, and one that does not read counts as missing.
 */
export function valueCache(dir: string): ValueCache {
  const folder = join(dir, `v8-${process.versions.v8}`);
  mkdirSync(folder, { recursive: true });
  const file = (key: string) => join(folder, `${key}.bin`);
  return {
    get<T>(key: string): T | undefined {
      try {
        return deserialize(readFileSync(file(key))) as T;
      } catch {
        return undefined;
      }
    },
    has(key: string): boolean {
      return existsSync(file(key));
    },
    set(key: string, value: unknown): void {
      const temp = join(folder, `.${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      writeFileSync(temp, serialize(value));
      renameSync(temp, file(key));
    },
  };
}
