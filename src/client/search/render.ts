import { formatDate, LOCALE_NAMES, messages } from '../../lib/i18n/index.ts';
import type { ExcerptPart, ResultView } from '../../lib/search/results.ts';
import type { Locale } from '../../schemas/brand.ts';
import { badgeClass, statusClasses } from '../../styles/status-classes.ts';

export const pageLocale = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'zh-CN');

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Excerpt text with the matches in <mark>, built as nodes so page text is never parsed as HTML. */
function excerpt(parts: ExcerptPart[]): (Node | string)[] {
  return parts.map((p) =>
    p.mark ? element('mark', 'rounded-sm bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300', p.text) : p.text,
  );
}

/**
 * One result: the policy title linking to the best matching section, then brand, version and status,
 * then the excerpt; with `sections`, links to the other matching sections too. The item carries the
 * brand id so links take that brand's colour.
 */
export function resultItem(view: ResultView, options: { sections: boolean }): HTMLLIElement {
  const locale = pageLocale();
  const t = messages(locale);
  const link = element('a', 'text-base font-semibold text-brand-link underline-offset-4 hover:underline', view.title);
  link.href = view.href;
  link.dataset['resultLink'] = '';
  // The title and excerpt are in the text's language, which may not be the page's.
  const foreign =
    Object.hasOwn(LOCALE_NAMES, view.locale) && view.locale !== locale ? (view.locale as Locale) : undefined;
  if (foreign) link.lang = foreign;
  const meta = element(
    'p',
    'mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300',
    element('span', 'font-medium', view.brand),
    element('span', '', t.searchVersion(formatDate(view.date, locale), view.number)),
    statusBadge(view.status, locale),
  );
  if (view.material) meta.append(materialBadge(locale));
  if (foreign) {
    const language = element(
      'span',
      `${badgeClass} border-slate-500 text-slate-800 dark:text-slate-100`,
      LOCALE_NAMES[foreign],
    );
    language.lang = foreign;
    language.dataset['resultLanguage'] = foreign;
    meta.append(language);
  }
  const excerptLine = element(
    'p',
    'mt-1 text-sm leading-relaxed text-slate-800 dark:text-slate-200',
    ...excerpt(view.excerpt),
  );
  if (foreign) excerptLine.lang = foreign;
  const item = element('li', 'py-3', link, meta, excerptLine);
  const how = matchNote(view.match, locale);
  if (how !== undefined) {
    const note = element('p', 'mt-1 text-xs text-slate-700 dark:text-slate-300', how);
    note.dataset['match'] = view.match.kind;
    item.append(note);
  }
  item.dataset['brand'] = view.brandId;
  if (view.others.length > 0) item.append(otherVersions(view.others, locale));
  if (options.sections && view.sections.length > 1) {
    const list = element('ul', 'mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700');
    for (const section of view.sections) {
      const a = element('a', 'text-brand-link underline underline-offset-4', section.title);
      a.href = section.href;
      list.append(element('li', '', a));
    }
    item.append(list);
  }
  return item;
}

const statusBadge = (status: ResultView['status'], locale: Locale) =>
  element('span', `${badgeClass} ${statusClasses[status]}`, messages(locale).status[status]);

/** The flag of a material change, as on the policy pages (MaterialBadge.astro). */
function materialBadge(locale: Locale): HTMLSpanElement {
  const badge = element(
    'span',
    `${badgeClass} border border-red-800 text-red-800 dark:border-red-300 dark:text-red-300`,
    messages(locale).material,
  );
  badge.dataset['material'] = '';
  return badge;
}

/** The policy's other matching versions, folded away under their count. */
function otherVersions(others: ResultView['others'], locale: Locale): HTMLDetailsElement {
  const t = messages(locale);
  const list = element('ul', 'mt-1 space-y-1 pl-4');
  for (const other of others) {
    const a = element(
      'a',
      'text-brand-link underline underline-offset-4',
      t.searchVersion(formatDate(other.date, locale), other.number),
    );
    a.href = other.href;
    const line = element('li', 'flex flex-wrap items-center gap-2', a, statusBadge(other.status, locale));
    if (other.material) line.append(materialBadge(locale));
    list.append(line);
  }
  const details = element(
    'details',
    'mt-1 text-sm',
    element('summary', 'cursor-pointer text-slate-700 dark:text-slate-300', t.searchOthers(others.length)),
    list,
  );
  details.dataset['otherVersions'] = '';
  return details;
}

/** What a result that did not match as typed matched instead: related words, or some of the query's words. */
export function matchNote(match: ResultView['match'], locale: Locale): string | undefined {
  const t = messages(locale);
  if (match.kind === 'related') return t.searchRelated(match.related);
  if (match.kind !== 'all-words' && match.kind !== 'most-words') return undefined;
  // A word may have been found through a related one (注销账号 through 注销): say which.
  const words = t.searchWords(match.found, match.missing);
  return match.related.length > 0 ? `${words} · ${t.searchRelated(match.related)}` : words;
}

/** "您是不是要找：身份证", the suggestion a link that searches it. */
export function suggestionLine(suggestion: string, href: string, pick: (q: string) => void): HTMLSpanElement {
  const t = messages(pageLocale());
  const link = element('a', 'font-medium text-brand-link underline underline-offset-4', suggestion);
  link.href = href;
  link.lang = document.documentElement.lang;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    pick(suggestion);
  });
  const line = element('span', '', ` ${t.searchDidYouMean}`, link);
  line.dataset['searchSuggestion'] = '';
  return line;
}

/**
 * Puts `items` in `list` in place of the results shown. Results of a later query can arrive after a
 * keyboard user has arrowed into the list: focus stays at the same place in the new results (the
 * last one if fewer came), or returns to `input` when none did, instead of falling to the page.
 */
export function showResults(list: HTMLElement, items: HTMLElement[], input: HTMLInputElement): void {
  const at = resultLinks(list).findIndex((a) => a.closest('li')?.contains(document.activeElement));
  list.replaceChildren(...items);
  if (at < 0) return;
  const links = resultLinks(list);
  (links[Math.min(at, links.length - 1)] ?? input).focus();
}

function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
}

/** Arrow down from `input` enters the result links of `list`, arrows move between them, up from the first returns. */
export function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => resultLinks(list);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.findIndex((a) => a === document.activeElement || a.closest('li')?.contains(document.activeElement));
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[Math.min(at + 1, all.length - 1)] : at <= 0 ? input : all[at - 1];
    next?.focus();
  });
}
