import { messages } from '../../lib/i18n/index.ts';
import { ALL_BRANDS, readSearchState, writeSearchState, type SearchState } from '../../lib/search/state.ts';
import { isSearchShortcut } from './boot.ts';
import { runSearch } from './engine.ts';
import { brandNames, bundlesOf, quickScopeOf } from './load.ts';
import { arrowKeys, pageLocale, resultItem, showResults, suggestionLine } from './render.ts';

const pageSize = 10;

/**
 * The search page: the form's fields hold the state, the URL mirrors it (typing replaces the history
 * entry, a changed filter or a submitted search adds one) and the back button restores it.
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  const list = document.querySelector<HTMLElement>('[data-search-list]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !list || !status || !more) return;
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
  const q = field<HTMLInputElement>('q');
  const brand = field<HTMLSelectElement>('brand');
  const policy = field<HTMLSelectElement>('policy');
  const archive = field<HTMLInputElement>('archive');
  const sort = field<HTMLSelectElement>('sort');
  if (!q || !policy || !archive || !sort) return;
  const t = messages(pageLocale());
  const scope = form.dataset['scope'] || undefined;
  const context = { brandNames: brandNames(form) };

  const read = (): SearchState => ({
    q: q.value.trim(),
    brand: brand ? (brand.value === ALL_BRANDS ? undefined : brand.value) : scope,
    policy: policy.value || undefined,
    archive: archive.checked,
    sort: sort.value === 'date' ? 'date' : 'relevance',
  });
  const show = (state: SearchState) => {
    q.value = state.q;
    if (brand) brand.value = state.brand ?? ALL_BRANDS;
    policy.value = state.policy ?? '';
    archive.checked = state.archive;
    sort.value = state.sort;
    offerPolicies();
  };
  // Only the policies of the chosen brand are offered; a policy of another brand is let go.
  const offerPolicies = () => {
    const chosen = brand?.value ?? scope ?? ALL_BRANDS;
    for (const option of policy.options) {
      const brands = option.dataset['brands']?.split(' ');
      // Safari ignores `hidden` on options, so they are disabled as well.
      option.hidden = option.disabled = brands !== undefined && chosen !== ALL_BRANDS && !brands.includes(chosen);
    }
    if (policy.selectedOptions[0]?.disabled) policy.value = '';
  };
  const remember = (state: SearchState, push: boolean) => {
    const query = writeSearchState(state, scope).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  let latest = 0;
  let shownCount = 0;
  let loadMore: (() => Promise<void>) | undefined;
  const update = async () => {
    const state = read();
    const id = ++latest;
    more.hidden = true;
    if (state.q === '') {
      list.replaceChildren();
      status.textContent = t.searchEmpty;
      return;
    }
    status.textContent = t.searchLoading;
    try {
      // The versions in force of a small scope are at hand without Pagefind; the archive needs it.
      const quick = state.archive ? undefined : quickScopeOf(form, state.brand);
      const search = await runSearch(state, {
        ...context,
        quick,
        bundles: bundlesOf(form, state.brand, state.archive),
      });
      const views = await search.views(0, pageSize);
      if (id !== latest) return;
      const items = views.map((view) => resultItem(view, { sections: true }));
      showResults(list, items, q);
      shownCount = views.length;
      status.textContent =
        search.total > 0
          ? t.searchCount(search.total, state.q)
          : `${t.searchNone(state.q)}${state.archive ? '' : ` ${t.searchNoneArchive}`}`;
      more.hidden = shownCount >= search.total;
      void search.suggestion().then((better) => {
        if (better === undefined || id !== latest) return;
        const href = `${location.pathname}?${writeSearchState({ ...state, q: better }, scope).toString()}`;
        status.append(
          suggestionLine(better, href, (next) => {
            q.value = next;
            remember(read(), true);
            void update();
          }),
        );
      });
      loadMore = async () => {
        const next = await search.views(shownCount, shownCount + pageSize);
        if (id !== latest) return;
        list.append(...next.map((view) => resultItem(view, { sections: true })));
        // Keyboard and screen reader users continue at the first new result.
        list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')[shownCount]?.focus();
        shownCount += next.length;
        more.hidden = shownCount >= search.total;
      };
    } catch {
      if (id === latest) status.textContent = t.searchFailed;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      remember(read(), false);
      void update();
    }, 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target === q) return;
    if (event.target === brand) offerPolicies();
    remember(read(), true);
    void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember(read(), true);
    void update();
  });
  more.addEventListener('click', () => void loadMore?.());
  window.addEventListener('popstate', () => {
    show(readSearchState(new URLSearchParams(location.search), scope));
    void update();
  });
  arrowKeys(q, list);
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    q.focus();
    q.select();
  });

  show(readSearchState(new URLSearchParams(location.search), scope));
  form.hidden = false;
  void update();
}
