import type { Converted } from './converted.ts';
import { toMdx } from './serialise.ts';
import { cleanText } from './txt-clean.ts';
import { structure } from './txt-structure.ts';

/** Converts raw text scraped from a web page (as in tests/fixtures/seeds) to an MDX body. */
export function convertText(raw: string): Converted {
  const cleaned = cleanText(raw);
  return { title: cleaned.title, body: toMdx(structure(cleaned.blocks)), dropped: cleaned.dropped, unconverted: [] };
}
