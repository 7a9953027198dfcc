/** The YAML between the opening `---` and closing `---` lines, and where the body starts. */
export interface Split {
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

/**
 * Frontmatter opens with a line that is exactly `---` and closes at the next such line; a `---` at
 * the end of a longer line (`title: Privacy ---`) is text. This is the only place that decides
 * where a policy's text begins: the checks and the renderer both read the body it returns.
 */
export function splitFrontmatter(source: string): Split | undefined {
  const lines = source.split('\n');
  if (!isFence(lines[0])) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && isFence(line));
  if (close < 0) return undefined;
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

function isFence(line: string | undefined): boolean {
  return line !== undefined && /^---[ \t]*\r?$/.test(line);
}
