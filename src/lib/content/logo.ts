import type { Element, Nodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { problem, type Problem } from '../problem.ts';

/**
 * What an SVG logo may contain: shapes, text, gradients and clip paths, and the attributes that
 * draw them. A logo is served from the site's own origin, where a script in it could read the
 * visitor's session of the site, so everything else is refused: scripts, styles (they can import
 * URLs), foreign objects, animation, links, event handlers and references to other files.
 */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline',
  'polygon', 'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask',
]); // prettier-ignore

const ATTRIBUTES = new Set([
  'xmlns', 'xmlns:xlink', 'version', 'id', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy',
  'r', 'rx', 'ry', 'd', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'clip-rule', 'clip-path', 'mask',
  'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray',
  'stroke-opacity', 'opacity', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform',
  'spreadMethod', 'fx', 'fy', 'preserveAspectRatio', 'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'dominant-baseline', 'letter-spacing', 'role', 'aria-label', 'aria-hidden', 'focusable',
  'clipPathUnits', 'maskUnits', 'href', 'xlink:href',
]); // prettier-ignore

/** How each raster format begins, so a file named .png is a PNG (and not, say, HTML). */
const RASTER: Record<string, (bytes: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** `url(…)` in a value may only point inside the file: `url(#gradient)`. */
const OUTSIDE_URL = /url\s*\(\s*(?!['"]?#)/i;

/** Checks a logo or icon file: an SVG with an XML parser and the allowlist above; other formats by name only. */
export function checkLogo(bytes: Buffer, file: string, what: 'logo' | 'icon' = 'logo'): Problem[] {
  const extension = /\.(\w+)$/.exec(file.toLowerCase())?.[1] ?? '';
  const signature = RASTER[extension];
  if (signature !== undefined) {
    if (signature(bytes)) return [];
    return [
      problem(
        'logo',
        file,
        `The ${what} is named .${extension} but is not a ${extension.toUpperCase()} image.`,
        `Export the ${what} as ${extension.toUpperCase()} (or SVG), or give the file the name of its format.`,
      ),
    ];
  }
  const refuse = (fault: string, line?: number): Problem[] => [
    problem(
      'logo',
      file,
      `The SVG ${what} ${fault}.`,
      'Export a plain SVG from your design tool (shapes and text only), or use a PNG.',
      line === undefined ? {} : { line },
    ),
  ];
  let tree;
  try {
    tree = fromXml(bytes.toString('utf8'));
  } catch (error) {
    const place = (error as { place?: { line?: number } }).place;
    return refuse('is not well-formed XML', place?.line);
  }
  const root = tree.children.find((n): n is Element => n.type === 'element');
  if (root === undefined || root.name !== 'svg') return refuse('has no <svg> root element');
  for (const node of walk(tree)) {
    const line = node.position?.start.line;
    if (node.type === 'doctype') return refuse('declares a DOCTYPE (which can define entities)', line);
    if (node.type === 'instruction' && node.name !== 'xml') return refuse(`contains a processing instruction <?${node.name}?>`, line);
    if (node.type === 'cdata') return refuse('contains a CDATA section', line);
    if (node.type !== 'element') continue;
    if (!ELEMENTS.has(node.name)) return refuse(`contains a <${node.name}> element`, line);
    for (const [name, value] of Object.entries(node.attributes)) {
      if (value === null || value === undefined) continue;
      if (/^on/i.test(name)) return refuse(`has an event handler attribute (${name})`, line);
      if (!ATTRIBUTES.has(name)) return refuse(`has a "${name}" attribute`, line);
      if ((name === 'href' || name === 'xlink:href') && !value.trim().startsWith('#'))
        return refuse(`refers to another file or address (${name}="${value.slice(0, 40)}")`, line);
      // A CSS escape (\75 rl for url) would hide a reference from the test below: no backslash at all.
      if (value.includes('\\')) return refuse(`has a backslash in an attribute (${name}="${value.slice(0, 40)}")`, line);
      if (OUTSIDE_URL.test(value)) return refuse(`refers to another file or address (${name}="${value.slice(0, 40)}")`, line);
    }
  }
  return [];
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}
