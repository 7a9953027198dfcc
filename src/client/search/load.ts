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
import { bundleBrand, isInForceBundle, searchFiles } from '../../lib/search/files.ts';

/** A Pagefind instance: its code and first bundle, loaded once, and the bundles merged into it so far. */
interface Instance {
  loading: Promise<PagefindApi>;
  merged: Map<string, Promise<void>>;
}

/**
 * The instances loaded: one merges the brands' bundles, another the bundles of the brands' versions
 * in force, since merged with the brands' they would find each text in force twice.
 * Each imports Pagefind from its own bundle's folder, so the two do not share its state.
 */
const instances = new Map<string, Instance>();

/**
 * Pagefind with these bundles (src/lib/build/search-bundles.ts writes them: one per brand, and in a
 * large group those of the versions in force): its code and the first bundle's index load once, and each further
 * brand's index is merged in the first time a search reaches it. All bundles are in one language,
 * so one instance searches them all.
 */
export async function loadPagefind(bundles: readonly string[]): Promise<PagefindApi> {
  const base = import.meta.env.BASE_URL;
  const first = bundles[0];
  if (first === undefined) throw new Error('No bundle to search.');
  const family = bundles.some(isInForceBundle) ? 'in-force' : 'brands';
  let instance = instances.get(family);
  if (instance === undefined) {
    const merged = new Map<string, Promise<void>>();
    const loading = (async () => {
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
    const created: Instance = { loading, merged };
    instances.set(family, (instance = created));
    // A failed load (offline, say) is retried on the next search instead of failing forever.
    loading.catch(() => {
      if (instances.get(family) === created) instances.delete(family);
    });
  }
  const { loading, merged } = instance;
  const pagefind = await loading;
  await Promise.all(
    bundles.map((bundle) => {
      let done = merged.get(bundle);
      if (done === undefined) {
        done = pagefind.mergeIndex(`${base}${searchFiles.pagefindBundle(bundle)}`, { baseUrl: base });
        done.catch(() => merged.delete(bundle));
        merged.set(bundle, done);
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

/**
 * The bundles a search of `brand` (undefined: every brand) reads, from the form's `data-bundles` and
 * `data-in-force`: the brand's own (one, or two for a long history: src/lib/search/earlier.ts); for
 * every brand without the archive, the bundles of the versions in force where the site has them
 * (src/lib/search/current.ts: inForceBundles); else every brand's.
 */
export function bundlesOf(form: HTMLElement, brand: string | undefined, archive: boolean): string[] {
  const bundles = JSON.parse(form.dataset['bundles'] ?? '[]') as string[];
  if (brand !== undefined) return bundles.filter((b) => bundleBrand(b) === brand);
  const inForce = JSON.parse(form.dataset['inForce'] ?? '[]') as string[];
  return !archive && inForce.length > 0 ? inForce : bundles;
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
