import type { Rule } from '../types.ts';

/**
 * What the safety policy (src/lib/policy/allowlist.ts and safety.ts) refuses: elements and
 * attributes outside the allowlist, event handlers, links with other schemes than https, http,
 * mailto and tel, images, direction-control characters. These are the build's own problems, so
 * lint and the build refuse exactly the same texts.
 */
export const unsafeHtmlRule: Rule = {
  id: 'unsafe-html',
  description: 'what the safety policy refuses: HTML outside the allowlist, handlers, script links, images',
  check: ({ records }) => records.problems.filter((p) => p.rule === 'unsafe-html'),
};
