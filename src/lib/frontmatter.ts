/** The YAML between the opening `---` and closing `---` lines, and where the body starts. */
export interface Split {
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): Split | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return {
    yaml,
    yamlLine: 2,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
