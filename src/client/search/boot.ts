/** `/` (when not typing in a field) or Ctrl/Cmd+K: the keys that take the visitor to the search box. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const typing =
    event.target instanceof HTMLElement &&
    (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  return slash || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
}

/**
 * Everything a page loads for search before the visitor uses it: listeners that import the search
 * module on the first sign of searching. The search shortcuts focus the header box from anywhere.
 */
export function startOnIntent(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[name=q]');
  if (!form || !input) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // What the first search needs starts loading beside the search code, not after it.
    void import('./load.ts').then((m) => {
      const scope = form.dataset['scope'] || undefined;
      const quick = m.quickScopeOf(form, scope);
      const bundles = m.bundlesOf(form, scope, false);
      if (quick) void m.loadCurrentRecords(quick).catch(() => undefined);
      else if (bundles.length > 0) void m.loadPagefind(bundles).catch(() => undefined);
      void m.loadLexicon();
    });
    void import('./header.ts').then((m) => m.enhance(form, input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    input.focus();
    input.select();
    start();
  });
}
