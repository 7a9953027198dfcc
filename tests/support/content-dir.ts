import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a content folder (files by relative path) into a new temporary directory. */
export function writeContent(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-content-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}
