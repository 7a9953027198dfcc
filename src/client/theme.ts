/**
 * The theme switch in the header: follows the system, or light, or dark, remembered in
 * localStorage under the key public/theme.js reads before the first paint. Without JavaScript the
 * switch stays hidden and the system's scheme applies.
 */
export const THEME_KEY = 'privacy-center-theme';
const CHOICES = ['system', 'light', 'dark'] as const;
type Choice = (typeof CHOICES)[number];

export function themeSwitch(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-switch]');
  if (!button) return;
  const labels = JSON.parse(button.dataset['labels'] ?? '{}') as Record<Choice, string>;
  const stored = (): Choice => {
    try {
      const value = localStorage.getItem(THEME_KEY);
      return value === 'light' || value === 'dark' ? value : 'system';
    } catch {
      return 'system';
    }
  };
  const show = (choice: Choice) => {
    if (choice === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', choice);
    button.textContent = labels[choice];
    button.dataset['choice'] = choice;
  };
  button.hidden = false;
  show(stored());
  button.addEventListener('click', () => {
    const next = CHOICES[(CHOICES.indexOf(stored()) + 1) % CHOICES.length]!;
    try {
      if (next === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Not remembered; this page still switches.
    }
    show(next);
  });
}
