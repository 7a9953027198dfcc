import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SiteFile } from '../routes/site-file.ts';
import type { Keeper } from './kept-files.ts';
import { sitePath } from './site-path.ts';

/** Files being written at once: enough to keep the disk busy while this thread makes the next body. */
const IN_FLIGHT = 8;

/**
 * Writes the site's files (src/lib/routes/files.ts) into the built site, a few at a time, so that the
 * disk writes one while this thread makes the next. A file with a key that `keeper` holds unchanged
 * from the published site is linked from it instead, its body never made. A path that would land
 * outside the folder, or that two files share, is a bug in a URL rule: it stops the build before
 * anything is written. Returns how many files were written.
 */
export async function writeSiteFiles(siteDir: string, files: readonly SiteFile[], keeper?: Keeper): Promise<number> {
  const root = resolve(siteDir);
  const targets = new Map<string, SiteFile>();
  for (const file of files) {
    const target = sitePath(root, file.path);
    if (targets.has(target)) throw new Error(`Two site files share the path "${file.path}".`);
    targets.set(target, file);
  }
  const queue = [...targets].filter(
    ([, file]) => file.key === undefined || keeper?.keep(file.path.slice(1), file.key) !== true,
  );
  let taken = 0;
  const made = new Map<string, Promise<unknown>>();
  const writer = async () => {
    for (let next = queue[taken++]; next !== undefined; next = queue[taken++]) {
      const [target, file] = next;
      const folder = dirname(target);
      let folderMade = made.get(folder);
      if (folderMade === undefined) made.set(folder, (folderMade = mkdir(folder, { recursive: true })));
      await folderMade;
      await writeFile(target, file.body());
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, writer));
  return queue.length;
}
