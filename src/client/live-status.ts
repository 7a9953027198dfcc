import { daysBetween, statusOn } from '../lib/live/status.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The visitor's calendar day, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Shows, for each text that depends on the day (src/components/LiveStatus.astro), the words for the
 * visitor's day instead of those true on any day, and counts the days left from it.
 */
export function correctStatuses(day = today()): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-live-from]')) {
    const status = statusOn(day, root.dataset['liveFrom'] ?? '', root.dataset['liveUntil'] || undefined);
    const parts = [...root.querySelectorAll<HTMLElement>(':scope > [data-live-when]')];
    const shown = parts.find((part) => part.dataset['liveWhen'] === status);
    if (shown === undefined) continue;
    for (const part of parts) part.hidden = part !== shown;
    root.querySelector<HTMLElement>(':scope > [data-live-static]')!.hidden = true;
    for (const days of shown.querySelectorAll<HTMLElement>('[data-live-days]'))
      days.textContent = String(daysBetween(day, days.dataset['liveDays'] ?? day));
  }
}
