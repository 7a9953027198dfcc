/**
 * A page's record in the index, read straight from Pagefind's fragment file (`<id>.pf_fragment`,
 * gzipped JSON after a 12-byte signature). Pagefind's own `result.data()` builds an excerpt for every
 * section that holds a word it matched, which took most of a first search's time; the site makes its
 * own excerpts (src/lib/search/results.ts), so it needs only the text and its headings. Runs in the
 * browser and in Node.
 */
import type { PagefindFragment } from './pagefind-api.ts';

const SIGNATURE = 'pagefind_dcd';

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The JSON of a file in Pagefind's format: already decompressed when the server sent it with
 * Content-Encoding: gzip. The site's files of current records (src/lib/search/current.ts) use it too.
 */
async function decodePagefindJson(bytes: Uint8Array<ArrayBuffer>): Promise<unknown> {
  const decoder = new TextDecoder();
  const plain = decoder.decode(bytes.slice(0, SIGNATURE.length)) === SIGNATURE ? bytes : await gunzip(bytes);
  if (decoder.decode(plain.slice(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('Not a Pagefind file.');
  return JSON.parse(decoder.decode(plain.slice(SIGNATURE.length)));
}

/** Pagefind separates the words of segmented (Chinese) text with zero-width spaces. */
export const withoutWordBreaks = (fragment: PagefindFragment): PagefindFragment => ({
  ...fragment,
  content: fragment.content.replace(/\u200B/g, ''),
});

export async function decodeFragment(bytes: Uint8Array<ArrayBuffer>): Promise<PagefindFragment> {
  return withoutWordBreaks((await decodePagefindJson(bytes)) as PagefindFragment);
}

/** A file of records (fragments) in the same format, as src/integrations/pagefind.ts writes it. */
export async function decodeRecords(bytes: Uint8Array<ArrayBuffer>): Promise<PagefindFragment[]> {
  return ((await decodePagefindJson(bytes)) as PagefindFragment[]).map(withoutWordBreaks);
}

/** The bytes of such a file (before gzip, which the writer applies). */
export const pagefindJson = (value: unknown): Uint8Array =>
  new TextEncoder().encode(`${SIGNATURE}${JSON.stringify(value)}`);

/** Loads fragments from the folder at `folder` (ending in /), each at most once. */
export function fragmentLoader(folder: string): (id: string) => Promise<PagefindFragment> {
  const loaded = new Map<string, Promise<PagefindFragment>>();
  return (id) => {
    let fragment = loaded.get(id);
    if (fragment === undefined) {
      fragment = fetch(`${folder}${encodeURIComponent(id)}.pf_fragment`)
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`Fragment ${id}: ${r.status}`))))
        .then((buffer) => decodeFragment(new Uint8Array(buffer)));
      // A failed load is tried again next time.
      fragment.catch(() => loaded.delete(id));
      loaded.set(id, fragment);
    }
    return fragment;
  };
}
