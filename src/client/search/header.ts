import { messages } from '../../lib/i18n/index.ts';
import { ALL_BRANDS, TYPING_PAUSE_MS, writeSearchState, type SearchState } from '../../lib/search/state.ts';
import { runSearch } from './engine.ts';
import { brandNames, bundlesOf, quickScopeOf } from './load.ts';
import { arrowKeys, pageLocale, resultItem, showResults, suggestionLine } from './render.ts';

const shown = 6;

/**
 * Turns the header's search form into search-as-you-type: the best matches among current versions
 * (of the page's brand, on a brand's pages) appear in a panel under the box. Enter still submits the
 * form, which opens the search page with every result and the filters.
 */
export function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const list = form.querySelector<HTMLElement>('[data-search-list]');
  const summary = form.querySelector<HTMLElement>('[data-search-summary]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!panel || !list || !summary || !status || !all) return;
  const t = messages(pageLocale());
  const scope = form.dataset['scope'] || undefined;
  /** On a brand's pages the visitor may widen the search to every brand. */
  const brand = () =>
    form.querySelector<HTMLInputElement>('input[name="brand"]:checked')?.value === ALL_BRANDS ? undefined : scope;
  const names = brandNames(form);
  const action = form.getAttribute('action') ?? '/search/';

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Esc closed the panel: focus coming back to the box must not open it again until the query changes. */
  let dismissed = false;
  const close = () => (panel.hidden = true);
  const say = (text: string) => {
    summary.textContent = text;
    status.textContent = text;
  };

  const update = async () => {
    const q = input.value.trim();
    const id = ++latest;
    if (q === '') {
      close();
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const state: SearchState = { q, brand: brand(), policy: undefined, archive: false, sort: 'relevance' };
    try {
      // From Pagefind, related words only when nothing holds the query as typed (each loads more of
      // the index), and the panel's worth of candidates, each a whole text to download, then twice
      // as many only when some of those did not hold the query; a scope searched from its records
      // has them all at hand.
      const quick = quickScopeOf(form, state.brand);
      const bundles = bundlesOf(form, state.brand, state.archive);
      const run = (checkLimit: number | undefined) =>
        runSearch(state, {
          brandNames: names,
          quick,
          bundles,
          ...(checkLimit === undefined ? {} : { enough: 1, checkLimit }),
        });
      let search = await run(quick ? undefined : shown);
      // The texts already read are not downloaded again.
      if (!quick && search.total < shown && search.more) search = await run(2 * shown);
      const views = await search.views(0, shown);
      if (id !== latest) return;
      const items = views.map((view) => resultItem(view, { sections: false }));
      showResults(list, items, input);
      say(
        search.total === 0
          ? t.searchNone(q)
          : search.more
            ? t.searchCountAtLeast(search.total, q)
            : t.searchCount(search.total, q),
      );
      // With nothing in force, the way on is the archive.
      all.href = `${action}?${writeSearchState({ ...state, archive: search.total === 0 }, scope).toString()}`;
      all.textContent = search.total > 0 ? t.searchSeeAll : t.searchTheArchive;
      void search.suggestion().then((better) => {
        if (better === undefined || id !== latest) return;
        const href = `${action}?${writeSearchState({ ...state, q: better }, scope).toString()}`;
        const pick = (next: string) => {
          input.value = next;
          input.focus();
          void update();
        };
        summary.append(suggestionLine(better, href, pick));
        status.append(` ${t.searchDidYouMean}${better}`);
      });
    } catch {
      if (id !== latest) return;
      list.replaceChildren();
      say(t.searchFailed);
    }
    panel.hidden = false;
  };

  input.addEventListener('input', () => {
    dismissed = false;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), TYPING_PAUSE_MS);
  });
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() !== '' && list.childElementCount > 0) panel.hidden = false;
  });
  form.querySelector('[data-search-scope]')?.addEventListener('change', () => void update());
  arrowKeys(input, list);
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    event.preventDefault();
    dismissed = true;
    close();
    input.focus();
  });
  // Only keyboard focus moving elsewhere closes the panel: a click inside it may blur the box without
  // focusing anything (Safari does not focus links on click), and clicks outside close it below.
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) close();
  });
  // The visitor may have typed before this module arrived.
  if (input.value.trim() !== '') void update();
}
