/**
 * Loading what search needs, started as soon as the visitor shows the intent to search (boot.ts),
 * beside the search code itself rather than after it: Pagefind's code, its index entry and wasm
 * (src/integrations/pagefind.ts writes them), or for the header's small scopes the records in force
 * instead (src/lib/search/current.ts); and the lexicon. Each loads once.
 */
import type { QuickScopes } from '../../lib/search/current.ts';
import { decodeRecords } from '../../lib/search/fragment.ts';
import type { PagefindApi, PagefindFragment } from '../../lib/search/pagefind-api.ts';
import { lexiconOf, plainLexicon, type Lexicon, type LexiconFile } from '../../lib/search/lexicon.ts';
import { searchFiles } from '../../lib/search/files.ts';

let loading: Promise<PagefindApi> | undefined;
/** The brands whose bundles the loaded Pagefind holds (each merged once, never dropped). */
const merged = new Map<string, Promise<void>>();

/**
 * Pagefind with the bundles of these brands (src/lib/build/search-bundles.ts writes one per brand):
 * its code and the first brand's index load once, and each further brand's index is merged in the
 * first time a search reaches it. All bundles are in one language, so one instance searches them all.
 */
export async function loadPagefind(brands: readonly string[]): Promise<PagefindApi> {
  const base = import.meta.env.BASE_URL;
  const first = brands[0];
  if (first === undefined) throw new Error('No brand to search.');
  loading ??= (async () => {
    const pagefind = (await import(
      /* @vite-ignore */ `${base}${searchFiles.pagefindBundle(first)}pagefind.js`
    )) as PagefindApi;
    // Result URLs are relative to the site root, not to the bundle. Searching a policy index is cheap,
    // so Pagefind runs on the page rather than in a worker that would load its code a second time
    // (src/lib/build/search-bundles.ts leaves the worker out of the build).
    await pagefind.options({ baseUrl: base, excerptLength: 40, noWorker: true });
    await pagefind.init();
    merged.set(first, Promise.resolve());
    return pagefind;
  })();
  const pending = loading;
  // A failed load (offline, say) is retried on the next search instead of failing forever.
  pending.catch(() => {
    if (loading === pending) loading = undefined;
    merged.clear();
  });
  const pagefind = await pending;
  await Promise.all(
    brands.map((brand) => {
      let done = merged.get(brand);
      if (done === undefined) {
        done = pagefind.mergeIndex(`${base}${searchFiles.pagefindBundle(brand)}`, { baseUrl: base });
        done.catch(() => merged.delete(brand));
        merged.set(brand, done);
      }
      return done;
    }),
  );
  return pagefind;
}

/** Reads `data-brand-names` (a JSON object of brand id to display name) from a search form. */
export function brandNames(form: HTMLElement): Map<string, string> {
  return new Map(Object.entries(JSON.parse(form.dataset['brandNames'] ?? '{}') as Record<string, string>));
}

/** The brands whose bundles a search of `brand` (undefined: every brand) reads, from the form's `data-bundles`. */
export function bundlesOf(form: HTMLElement, brand: string | undefined): string[] {
  const bundles = JSON.parse(form.dataset['bundles'] ?? '[]') as string[];
  return brand === undefined ? bundles : bundles.filter((b) => b === brand);
}

let lexicon: Promise<Lexicon> | undefined;

/** The fold table and vocabulary the build wrote; without them search still works, as typed. */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetch(`${import.meta.env.BASE_URL}${searchFiles.lexicon}`)
    .then((r) => (r.ok ? (r.json() as Promise<LexiconFile>) : Promise.reject(new Error(String(r.status)))))
    .then(lexiconOf)
    .catch(() => {
      lexicon = undefined;
      return plainLexicon();
    });
  return lexicon;
}

/**
 * The brands whose records in force a search of `brand` (undefined: every brand) reads, when that
 * scope is small enough (the form's `data-quick`); undefined when Pagefind searches it.
 */
export function quickScopeOf(form: HTMLElement, brand: string | undefined): string[] | undefined {
  const quick = JSON.parse(form.dataset['quick'] ?? '{}') as Partial<QuickScopes>;
  if (brand === undefined) return quick.all ?? undefined;
  const small = (quick.brand === true && brand === form.dataset['scope']) || (quick.all ?? []).includes(brand);
  return small ? [brand] : undefined;
}

const records = new Map<string, Promise<PagefindFragment[]>>();

/** The records in force of these brands (src/integrations/pagefind.ts writes one file per brand). */
export async function loadCurrentRecords(brands: readonly string[]): Promise<PagefindFragment[]> {
  const each = brands.map((brand) => {
    let loaded = records.get(brand);
    if (loaded === undefined) {
      loaded = fetch(`${import.meta.env.BASE_URL}${searchFiles.current(brand)}`)
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${brand}: ${r.status}`))))
        .then((buffer) => decodeRecords(new Uint8Array(buffer)));
      // A failed load is tried again next time.
      loaded.catch(() => records.delete(brand));
      records.set(brand, loaded);
    }
    return loaded;
  });
  return (await Promise.all(each)).flat();
}
