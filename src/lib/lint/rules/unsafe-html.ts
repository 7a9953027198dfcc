import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VersionRecord } from '../../content.ts';
import { problem, type Problem } from '../../problem.ts';
import { at, bodyTree } from '../body.ts';
import type { Rule } from '../types.ts';

const scriptUrl = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)/i;
/** Elements the build's MDX check lets through that can still redirect or load a page. */
const activeElements = new Set(['meta', 'base', 'link', 'frame', 'frameset', 'applet']);

/**
 * Active content in a policy: `<script>`, `<iframe>`, `on…=` handlers and `javascript:` links. The
 * build's MDX check finds most (those problems are passed on); this adds script addresses in images
 * and link definitions, `vbscript:` and `data:text/html`, and elements such as `<meta>`.
 */
export const unsafeHtmlRule: Rule = {
  id: 'unsafe-html',
  description: '<script>, <iframe>, on…= handlers, javascript: links and other active content',
  check: ({ records }) => [
    ...records.problems.filter((p) => p.rule === 'unsafe-html'),
    ...records.versions.flatMap(checkVersion),
  ],
};

export function checkVersion(version: VersionRecord): Problem[] {
  const problems: Problem[] = [];
  const report = (node: Nodes, message: string, hint: string) =>
    problems.push(problem('unsafe-html', version.file, message, hint, at(version, node)));
  visit(bodyTree(version), (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && scriptUrl.test(node.url)) {
      report(
        node,
        `A ${node.type} points at a script address (${node.url.trim().slice(0, 30)}).`,
        'Link to an https:// address instead.',
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (activeElements.has(name.toLowerCase()))
        report(
          node,
          `<${name}> is not allowed in a policy.`,
          'Remove the element; policies hold text, links, lists and tables only.',
        );
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' && scriptUrl.test(attr.value)) {
          report(node, `The ${attr.name} of <${name}> is a script address.`, 'Link to an https:// address instead.');
        }
      }
    }
  });
  return problems;
}
