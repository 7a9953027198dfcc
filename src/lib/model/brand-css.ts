import type { Brand } from './catalog.ts';
import { brandColours, focusRings } from './contrast.ts';

/** CSS custom properties per brand, selected by `data-brand` on <html>; Tailwind maps them in @theme. */
export function brandStylesheet(brands: readonly Pick<Brand, 'id' | 'data'>[]): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const b of brands) {
    const c = brandColours(b.data.colors);
    const focus = focusRings(c);
    light.push(
      `[data-brand="${b.id}"]{--brand-primary:${c.primary};--brand-link:${c.accent};--brand-link-dark:${c.accentDark};--brand-primary-dark:${c.primaryDark};--focus-header:${focus.header};--focus-page:${focus.page};--focus-page-dark:${focus.pageDark}}`,
    );
  }
  // Dark by choice (data-theme, src/client/theme.ts) or by the system unless light was chosen.
  const darkVars = '{--brand-link:var(--brand-link-dark);--focus-page:var(--focus-page-dark)}';
  dark.push(
    `[data-brand][data-theme="dark"]${darkVars}`,
    `@media (prefers-color-scheme: dark){[data-brand]:not([data-theme="light"])${darkVars}}`,
  );
  return [...light, ...dark].join('\n') + '\n';
}
