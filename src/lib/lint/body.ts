import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VersionRecord } from '../content/read.ts';
import { parseMarkdown } from '../policy/markdown.ts';
import type { Problem } from '../problem.ts';

const trees = new WeakMap<VersionRecord, Root>();

/** The version body as mdast, parsed once for all rules (readContent has already checked it parses). */
export function bodyTree(version: VersionRecord): Root {
  let tree = trees.get(version);
  if (!tree) {
    tree = parseMarkdown(version.body);
    trees.set(version, tree);
  }
  return tree;
}

/** File line and column of a node in the body. */
export function at(version: VersionRecord, node: Node): { line?: number; column?: number } {
  const start = node.position?.start;
  return start ? { line: start.line + version.bodyLine - 1, column: start.column } : { line: version.bodyLine };
}

/** The body's lines with their file line numbers, leaving out fenced code (which is shown verbatim). */
export function bodyLines(version: VersionRecord): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  version.body.split('\n').forEach((text, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence)))
      fence = fence === undefined ? marker : undefined;
    else if (fence === undefined) out.push({ text, line: version.bodyLine + i });
  });
  return out;
}

export function warning(
  rule: string,
  file: string,
  message: string,
  hint: string,
  where: { line?: number | undefined; column?: number | undefined } = {},
): Problem {
  const p: Problem = { rule, file, message, hint, severity: 'warning' };
  if (where.line !== undefined) p.line = where.line;
  if (where.column !== undefined) p.column = where.column;
  return p;
}

/** The original-language versions of each policy, oldest first, keyed `<brand>/<policy>`. */
export function histories(versions: readonly VersionRecord[]): Map<string, VersionRecord[]> {
  const out = new Map<string, VersionRecord[]>();
  for (const v of versions.filter((x) => !x.translation).sort((a, b) => a.date.localeCompare(b.date))) {
    const key = `${v.brand}/${v.policy}`;
    out.set(key, [...(out.get(key) ?? []), v]);
  }
  return out;
}
