import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VersionRecord } from '../../content/read.ts';
import { headingAnchor } from '../../policy/anchors.ts';
import { isDefinitionsHeading } from '../../policy/glossary.ts';
import type { Problem } from '../../problem.ts';
import { at, bodyTree, warning } from '../body.ts';
import type { Rule } from '../types.ts';

/**
 * A definitions part in which the build reads no term (src/lib/policy/glossary.ts): its terms then
 * get no popover in the text and no glossary entry, which an editor would not notice otherwise.
 */
export const keyTermsRule: Rule = {
  id: 'key-terms',
  description: 'a definitions part (定义, Definitions) in which no paragraph or list item reads as a definition',
  check: ({ records }) => records.versions.flatMap(checkVersion),
};

export function checkVersion(version: VersionRecord): Problem[] {
  if (version.text.terms.length > 0) return [];
  let part: Heading | undefined;
  visit(bodyTree(version), 'heading', (node: Heading) => {
    part ??= isDefinitionsHeading(headingAnchor(toString(node)).text) ? node : undefined;
  });
  if (part === undefined) return [];
  return [
    warning(
      'key-terms',
      version.file,
      `The definitions part "${headingAnchor(toString(part)).text.trim()}" defines no term the site can read, so its terms get no popover in the text and no glossary entry.`,
      'Write each definition as a paragraph or list item of its own that starts with the term and a colon: 个人信息:指…… or “个人信息”:指…… ("Term" means … in English).',
      at(version, part),
    ),
  ];
}
