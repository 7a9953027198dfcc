/**
 * The compare page: diffs any two versions in the browser with the same engine and renderer as the
 * static change pages, over each version's blocks (JSON). The chosen pair lives in the URL
 * (?from=…&to=…), so a comparison can be shared and the back button works.
 */
import { comparedPair } from '../lib/diff/compared.ts';
import { diffBlocks } from '../lib/diff/diff.ts';
import type { Block } from '../lib/diff/model.ts';
import { redlinePanel } from '../lib/diff/redline-panel.ts';
import { escapeHtml } from '../lib/markup/escape.ts';
import { messages } from '../lib/i18n/index.ts';
import type { Locale } from '../schemas/brand.ts';

interface BlocksFile {
  locale: string;
  blocks: Block[];
}

const cache = new Map<string, Promise<BlocksFile>>();
const load = (url: string) => {
  let found = cache.get(url);
  if (!found) {
    found = fetch(url).then((r) =>
      r.ok ? (r.json() as Promise<BlocksFile>) : Promise.reject(new Error(`${r.status} ${url}`)),
    );
    cache.set(url, found);
  }
  return found;
};

export function startCompare(): void {
  const form = document.querySelector<HTMLFormElement>('form.compare-form');
  const status = document.querySelector<HTMLElement>('.compare-status');
  const result = document.querySelector<HTMLElement>('.compare-result');
  if (!form || !status || !result) return;
  const locale = (form.dataset['locale'] ?? 'zh-CN') as Locale;
  const t = messages(locale);
  const selects = {
    from: form.elements.namedItem('from') as HTMLSelectElement,
    to: form.elements.namedItem('to') as HTMLSelectElement,
  };

  const run = async () => {
    let [a, b] = [selects.from.selectedOptions[0], selects.to.selectedOptions[0]];
    if (!a || !b) return;
    if (a.value === b.value) {
      status.textContent = t.compareSame;
      result.hidden = true;
      return;
    }
    // The options run newest first: a "from" below the "to" is the older one, as it should be.
    const reversed = a.index < b.index;
    if (reversed) {
      [a, b] = [b, a];
      selects.from.value = a.value;
      selects.to.value = b.value;
      // The address names the pair shown, so a shared link shows the same redline.
      history.replaceState(null, '', `?${new URLSearchParams({ from: a.value, to: b.value })}`);
    }
    const choice = (o: HTMLOptionElement) => ({
      original: o.dataset['original'] ?? '',
      translated: o.dataset['translated'],
    });
    const urls = comparedPair(choice(a), choice(b));
    status.textContent = t.compareLoading;
    try {
      const [older, newer] = await Promise.all(urls.map(load));
      const model = diffBlocks(older!.blocks, newer!.blocks, { locale: newer!.locale });
      const panel = redlinePanel(model, t, newer!.locale);
      // The panel's HTML comes from the renderer the static pages use, which escapes every text it shows.
      result.innerHTML = `${model.identical ? `<p>${escapeHtml(t.noChanges)}</p>` : ''}${panel.summary}${panel.body}`;
      result.hidden = false;
      const summary = model.identical ? t.noChanges : t.changeCount(panel.redline.changes);
      // The panel shows the count: the status announces it to screen readers without showing it twice.
      status.innerHTML = `${reversed ? `${escapeHtml(t.compareSwapped)} ` : ''}<span class="sr-only">${escapeHtml(summary)}</span>`;
    } catch {
      status.textContent = t.compareFailed;
    }
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const name of ['from', 'to'] as const) {
      const value = params.get(name);
      if (value && [...selects[name].options].some((o) => o.value === value)) selects[name].value = value;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ from: selects.from.value, to: selects.to.value });
    history.pushState(null, '', `?${params}`);
    void run();
  });
  window.addEventListener('popstate', () => {
    fromUrl();
    void run();
  });
  fromUrl();
  if (location.search.includes('from=')) void run();
}
