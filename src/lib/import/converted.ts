/** A line of the input the editor should look at, with what happened to it. */
export interface Note {
  /** 1-based line in the input file, where known. */
  line?: number;
  text: string;
}

/** The result of converting one input file to a version body. */
export interface Converted {
  /** The policy title found in the input; it goes into the frontmatter, not the body. */
  title: string | undefined;
  /** MDX body, ending in a newline. */
  body: string;
  /** Lines dropped as page junk (captcha labels, footers, link lists). */
  dropped: Note[];
  /** Things that could not be converted faithfully (removed HTML, lost anchors, images). */
  unconverted: Note[];
}

export function note(text: string, line: number | undefined): Note {
  return line === undefined ? { text } : { line, text };
}
