import { checkBrandColours } from '../../model/contrast.ts';
import type { Rule } from '../types.ts';

/**
 * Everything the build itself rejects (files, YAML, frontmatter fields, dates, MDX, colours), with
 * the build's own messages, so `lint` and `npm run build` never disagree. Unsafe HTML has its own rule.
 */
export const schemaRule: Rule = {
  id: 'schema',
  description:
    'what the build rejects: folders, brand.yaml and frontmatter fields, file-name dates, MDX, colour contrast',
  check: ({ records }) => [
    ...records.problems.filter((p) => p.rule !== 'unsafe-html'),
    ...checkBrandColours(records.brands),
  ],
};
