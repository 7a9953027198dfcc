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
  // Line by line from the start: a long text is not cut into lines to find a fence near its top.
  const first = source.indexOf('\n');
  if (!isFence(first < 0 ? source : source.slice(0, first)) || first < 0) return undefined;
  for (let start = first + 1, line = 2; ; line++) {
    const end = source.indexOf('\n', start);
    if (isFence(source.slice(start, end < 0 ? undefined : end))) {
      return {
        yaml: source.slice(first + 1, Math.max(first + 1, start - 1)),
        yamlLine: 2,
        body: end < 0 ? '' : source.slice(end + 1),
        bodyLine: line + 1,
      };
    }
    if (end < 0) return undefined;
    start = end + 1;
  }
}

function isFence(line: string | undefined): boolean {
  return line !== undefined && /^---[ \t]*\r?$/.test(line);
}
