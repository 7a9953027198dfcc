/** On a policy page opened from a search result (`?highlight=…`), loads the highlighter; otherwise nothing. */
export function highlightOnArrival(): void {
  if (new URLSearchParams(location.search).has('highlight'))
    void import('./highlight.ts').then((m) => m.highlightPolicyText());
}
