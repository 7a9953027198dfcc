import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Writes an mdast tree as MDX. The MDX extension makes the serialiser escape `{`, `}` and `<` in
 * text, which MDX would otherwise read as code or JSX; GFM keeps tables; the CJK-friendly rules
 * (which the site's parser reads by) write emphasis beside Chinese as plain `*…*`.
 */
const processor = unified().use(remarkGfm).use(remarkMdx).use(remarkCjkFriendly).use(remarkStringify, {
  bullet: '-',
  emphasis: '*',
  fences: true,
  listItemIndent: 'one',
  // MDX has no `<https://…>` autolinks: always write [text](url).
  resourceLink: true,
  rule: '-',
});

export function toMdx(tree: Root): string {
  return escapeEsmLines(processor.stringify(tree)).replace(/\n*$/, '\n');
}

/**
 * A paragraph line starting with `import ` or `export ` is an ES module statement in MDX. The
 * serialiser does not escape that, so the first letter becomes a character reference, outside fences.
 */
function escapeEsmLines(mdx: string): string {
  let fence: string | undefined;
  return mdx
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
        fence = fence === undefined ? marker : undefined;
        return line;
      }
      if (fence !== undefined) return line;
      return line.replace(/^(import|export)(?=\s)/, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
    })
    .join('\n');
}
