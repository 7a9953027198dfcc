import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one parser configuration for policy texts: MDX syntax (so `<abbr title="…">` and `\{` work as
 * editors expect) with GitHub-flavoured Markdown (tables, footnotes, autolinks). The build, lint,
 * the importers and the diff all parse with this, so they agree on what a text is. The tree is only
 * ever read and rendered to HTML by src/lib/policy/render.ts; nothing in it is compiled or run.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses a policy body; throws the parser's message (with `place`) when it is not valid MDX. */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}
