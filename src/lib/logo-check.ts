import { problem, type Problem } from './problem.ts';

/** An SVG logo is inlined into every page, so it must not carry script or pull in other resources. */
export function checkLogo(bytes: Buffer, file: string): Problem[] {
  if (!file.toLowerCase().endsWith('.svg')) return [];
  const text = bytes.toString('utf8');
  const found: Problem[] = [];
  const rules: [RegExp, string][] = [
    [/<script\b/i, 'a <script> element'],
    [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
    [/javascript:/i, 'a javascript: link'],
    [/<foreignObject\b/i, 'a <foreignObject> element'],
    [/(?:href|src)\s*=\s*["']\s*(?:https?:)?\/\//i, 'a reference to an external resource'],
  ];
  for (const [pattern, what] of rules) {
    const match = pattern.exec(text);
    if (match) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push(
        problem(
          'logo',
          file,
          `The SVG logo contains ${what}.`,
          'Remove it from the SVG (export a plain SVG from your design tool, or use a PNG).',
          { line },
        ),
      );
    }
  }
  if (!/<svg\b/i.test(text)) {
    found.push(
      problem(
        'logo',
        file,
        'The logo is not an SVG file.',
        'Export the logo as SVG, or use a .png/.webp file and name it so in brand.yaml.',
      ),
    );
  }
  return found;
}
