import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import { problem, type Problem } from '../problem.ts';

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses YAML and validates it with a schema, turning every failure into a Problem that points at
 * the line of the offending key. `lineOffset` places YAML that starts inside a larger file (frontmatter).
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  what: string,
  lineOffset = 0,
): Parsed<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        return problem('yaml', file, `The ${what} is not valid YAML: ${firstLine(error.message)}.`, yamlHint, {
          line: pos ? pos.line + lineOffset : undefined,
          column: pos?.col,
        });
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return {
      ok: false,
      problems: [
        problem(
          'yaml',
          file,
          `The ${what} uses YAML aliases (*name) more than ${MAX_ALIASES} times: ${firstLine(error instanceof Error ? error.message : String(error))}.`,
          'Write the values out instead of repeating them through anchors (&name) and aliases (*name).',
          { line: lineOffset > 0 ? lineOffset + 1 : 1 },
        ),
      ],
    };
  }
  const result = schema.safeParse(value ?? {}, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const node = locate(doc, path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
      const pos = node === undefined ? undefined : counter.linePos(node);
      return problem('schema', file, describe(issue, path, what), fixFor(issue, path), {
        line: pos ? pos.line + lineOffset : lineOffset > 0 ? lineOffset : undefined,
        column: pos?.col,
      });
    }),
  };
}

/** Aliases expand when read: a few nested ones make a "billion laughs" document that fills memory. */
const MAX_ALIASES = 20;

const yamlHint =
  'Check indentation, colons and quotes on that line; quote values that contain ": " or start with a special character.';

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** Offset of the deepest node that exists on the issue's path, so the line is as close as we can get. */
function locate(doc: ReturnType<typeof parseDocument>, path: string[], extraKey?: string): number | undefined {
  const full = extraKey === undefined ? path : [...path, extraKey];
  for (let n = full.length; n >= 0; n--) {
    const keyPath = full.slice(0, n);
    const offset = keyPath.length === 0 ? doc.contents?.range?.[0] : findPair(doc, keyPath);
    if (offset !== undefined) return offset;
  }
  return undefined;
}

function findPair(doc: ReturnType<typeof parseDocument>, path: string[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!parent || !('items' in parent) || !Array.isArray(parent.items)) return undefined;
  for (const item of parent.items as unknown[]) {
    if (typeof item === 'object' && item !== null && 'key' in item) {
      const key = (item as { key: unknown }).key;
      if (isNode(key) && String((key as { value?: unknown }).value) === path.at(-1)) return key.range?.[0];
    }
  }
  const node = doc.getIn(path, true);
  return isNode(node) ? node.range?.[0] : undefined;
}

function describe(issue: z.core.$ZodIssue, path: string[], what: string): string {
  const field = path.length > 0 ? `"${path.join('.')}"` : `the ${what}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${[...path, k].join('.')}"`).join(', ')} in the ${what}.`;
    case 'invalid_type':
      return issue.input === undefined
        ? `Missing required field ${field} in the ${what}.`
        : `Field ${field} must be ${article(issue.expected)}, not ${typeName(issue.input)}.`;
    default:
      return `Field ${field} ${issue.message.replace(/^Invalid input: /i, 'is invalid: ')}.`.replace(/\.\.$/, '.');
  }
}

function fixFor(issue: z.core.$ZodIssue, path: string[]): string {
  if (issue.code === 'unrecognized_keys')
    return 'Remove the field or correct its spelling; see the schema in src/schemas/ for the fields allowed.';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `Add "${path.join('.')}:" with a value.`;
  return `Correct the value of "${path.join('.')}".`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a mapping' : `${article(typeof value)} (${JSON.stringify(value)})`;
}
