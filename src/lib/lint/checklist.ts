import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** A jurisdiction's list of sections a policy should have; see checklists/zh-CN.yaml. */
export interface Checklist {
  /** Where it came from, for messages: `checklists/<locale>.yaml` in the content folder or the built-in file. */
  file: string;
  /** Policy ids it applies to, e.g. privacy (a cookie policy has other sections). */
  policies: string[];
  topics: { name: string; keywords: string[] }[];
}

export type LoadedChecklist = { ok: true; checklist: Checklist } | { ok: false; file: string; message: string };

const builtIn = fileURLToPath(new URL('./checklists/', import.meta.url));

/**
 * The checklist for a locale: `<content>/checklists/<locale>.yaml` when the content folder has one,
 * else the built-in one; undefined when there is neither.
 */
export function loadChecklist(contentDir: string, locale: string): LoadedChecklist | undefined {
  const candidates = [
    { path: join(contentDir, 'checklists', `${locale}.yaml`), file: `checklists/${locale}.yaml` },
    { path: join(builtIn, `${locale}.yaml`), file: `src/lib/lint/checklists/${locale}.yaml` },
  ];
  const found = candidates.find((c) => existsSync(c.path));
  if (!found) return undefined;
  let data: unknown;
  try {
    data = parse(readFileSync(found.path, 'utf8'));
  } catch (error) {
    return {
      ok: false,
      file: found.file,
      message: `The checklist is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  if (!isChecklist(data))
    return {
      ok: false,
      file: found.file,
      message: 'The checklist must have "policies: [ids]" and "topics:", a list of { name, keywords: [..] }.',
    };
  return { ok: true, checklist: { file: found.file, policies: data.policies, topics: data.topics } };
}

function isChecklist(data: unknown): data is Omit<Checklist, 'file'> {
  if (typeof data !== 'object' || data === null) return false;
  const { policies, topics } = data as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  return (
    strings(policies) &&
    Array.isArray(topics) &&
    topics.every(
      (t: unknown) =>
        typeof t === 'object' &&
        t !== null &&
        typeof (t as { name?: unknown }).name === 'string' &&
        strings((t as { keywords?: unknown }).keywords),
    )
  );
}
