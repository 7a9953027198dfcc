import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/*
 * Fixed heading anchors. A heading keeps its generated anchor while its text is unchanged; an editor
 * who rewords a heading can keep old links working by writing the anchor at its end:
 *
 *   ## 三、信息的存储 \{#storage\}
 *
 * MDX reads an unescaped `{#storage}` as code, so the braces are escaped; the text then ends in
 * `{#storage}`, which the plugin below strips from the heading and turns into its id.
 */

const ANCHOR = /\s*\{#([\p{L}\p{N}][\p{L}\p{N}_-]*)\}\s*$/u;

/** Splits a trailing `{#id}` off a heading's text. */
export function headingAnchor(text: string): { text: string; id: string | undefined } {
  const match = ANCHOR.exec(text);
  if (!match) return { text, id: undefined };
  return { text: text.slice(0, match.index), id: match[1] };
}

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Sätteri (Astro's Markdown and MDX processor) plugin: sets a heading's id from its trailing `{#id}`.
 * It runs before Astro's own heading ids, which keep an id that is already set and take the
 * table-of-contents text from the cleaned heading.
 */
export const headingAnchors: HastPlugin = {
  name: 'privacy-center:heading-anchors',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const { text, id } = headingAnchor(last.value);
      if (id === undefined) return;
      if (text === '') ctx.removeNode(last);
      else ctx.replaceNode(last, { type: 'text', value: text });
      ctx.setProperty(node, 'id', id);
    },
  },
};
