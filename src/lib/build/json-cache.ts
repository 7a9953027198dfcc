import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A folder of JSON values for results that depend only on their key (content hashes), shared by
 * builds and by the worker that computes them ahead. Writes are atomic (temp file + rename), so a
 * reader never sees half a value and two writers of the same key write the same bytes.
 */
export interface JsonCache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

export function jsonCache(dir: string): JsonCache {
  mkdirSync(dir, { recursive: true });
  return {
    get<T>(key: string): T | undefined {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    set(key: string, value: unknown): void {
      const temp = join(dir, `.${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, join(dir, `${key}.json`));
    },
  };
}
