import { extname } from 'node:path';
import type { Converted } from './converted.ts';
import { convertHtml } from './html.ts';
import { convertMarkdown } from './markdown.ts';
import { convertText } from './txt.ts';

const converters: Record<string, (source: string) => Converted> = {
  '.txt': convertText,
  '.md': convertMarkdown,
  '.markdown': convertMarkdown,
  '.html': convertHtml,
  '.htm': convertHtml,
};

export const supportedExtensions = Object.keys(converters);

/** The converter for a file name, by extension; undefined for types the importer does not read. */
export function converterFor(fileName: string): ((source: string) => Converted) | undefined {
  return converters[extname(fileName).toLowerCase()];
}
