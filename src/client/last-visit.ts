import { nextSeen, promptFor, storageKey, type LastVisitData } from '../lib/last-visit/prompt.ts';

/**
 * Reveals the "changed since your last visit" prompt on a version page and remembers the version shown.
 * localStorage only; when it is unavailable (blocked, private mode) the page simply shows no prompt.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-last-visit]')) {
  const { policy = '', version = '', redlines = '{}' } = box.dataset;
  const data: LastVisitData = { policy, version, redlines: JSON.parse(redlines) as LastVisitData['redlines'] };
  let seen: string | null;
  try {
    seen = localStorage.getItem(storageKey(policy));
    localStorage.setItem(storageKey(policy), nextSeen(seen, version));
  } catch {
    continue;
  }
  const prompt = promptFor(seen, data);
  if (!prompt) continue;
  const link = box.querySelector<HTMLAnchorElement>('[data-last-visit-link]');
  const time = box.querySelector<HTMLTimeElement>('[data-last-visit-seen]');
  if (!link || !time) continue;
  link.href = prompt.href;
  time.dateTime = prompt.from;
  time.textContent = prompt.label;
  box.hidden = false;
}
