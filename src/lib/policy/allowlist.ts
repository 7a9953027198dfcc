/**
 * What a policy text may contain, in one place: the build, lint, the importers and the sanitizer
 * behind the renderer all read this list. Policies are legal text, so the list is the structure
 * legal text needs and nothing that runs, loads or overlays anything.
 *
 * Markdown gives headings, paragraphs, lists, tables, links, emphasis, code, quotes, footnotes and
 * line breaks. Written as HTML, an editor may also use the elements below, each with the attributes
 * listed for it plus `title`, `lang` and `dir`. Everything else is refused with the file and line:
 * scripts, styles, frames, forms, media, images (they load files from elsewhere), `id`, `class`,
 * `style`, event handlers, and any attribute or element not named here.
 */
export const ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  div: [],
  span: [],
  address: [],
  blockquote: ['cite'],
  pre: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  colgroup: ['span'],
  col: ['span'],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  a: ['href', 'hreflang'],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  code: [],
  kbd: [],
  samp: [],
  var: [],
  q: ['cite'],
  cite: [],
  abbr: [],
  dfn: [],
  time: ['datetime'],
  bdi: [],
  wbr: [],
  ruby: [],
  rt: [],
  rp: [],
  details: ['open'],
  summary: [],
};

/** Attributes every element above may carry. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes whose value is a URL, checked with `linkScheme` (src/lib/policy/link-safety.ts). */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'cite']);

/** The only URL schemes a link may use; relative paths, `?query` and `#fragment` links have none. */
export const SCHEMES: readonly string[] = ['https', 'http', 'mailto', 'tel'];

/** Attribute values that must be one of a few words or a number, so no value smuggles in markup. */
export const VALUES: Readonly<Record<string, RegExp>> = {
  dir: /^(?:ltr|rtl|auto)$/i,
  align: /^(?:left|right|center|justify)$/i,
  scope: /^(?:row|col|rowgroup|colgroup)$/i,
  type: /^[1aAiI]$/,
  start: /^-?\d{1,6}$/,
  value: /^-?\d{1,6}$/,
  span: /^\d{1,3}$/,
  colspan: /^\d{1,3}$/,
  rowspan: /^\d{1,3}$/,
  lang: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  hreflang: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  datetime: /^[0-9T:.+\-Z ]{4,35}$/,
  open: /^$/,
  reversed: /^$/,
};

/** The attributes `name` may carry, or undefined when the element is not allowed. */
export function allowedAttributes(name: string): ReadonlySet<string> | undefined {
  const own = Object.hasOwn(ELEMENTS, name) ? ELEMENTS[name] : undefined;
  return own === undefined ? undefined : new Set([...GLOBAL_ATTRIBUTES, ...own]);
}
