import type { Locale } from '../../schemas/brand.ts';
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

export type { Messages };

const catalogues: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function messages(locale: Locale): Messages {
  return catalogues[locale];
}

/** The words the renderer adds to a policy text (src/lib/policy/render.ts), in one language. */
export function renderLabels(locale: Locale) {
  const t = catalogues[locale];
  return {
    footnotes: t.footnotes,
    footnoteBack: t.footnoteBack,
    termSeeDefinition: t.termSeeDefinition,
    termClose: t.termClose,
  };
}

/** 2024年3月1日 / March 1, 2024; computed in UTC so the day never shifts with the build machine's zone. */
// Making a DateTimeFormat costs far more than using one (a site of 1,000 versions formats dates
// hundreds of thousands of times), so there is one per locale and each date is formatted once.
const dateFormats = new Map<Locale, { format: Intl.DateTimeFormat; dates: Map<string, string> }>();

export function formatDate(date: string, locale: Locale): string {
  let known = dateFormats.get(locale);
  if (known === undefined) {
    const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    known = { format, dates: new Map() };
    dateFormats.set(locale, known);
  }
  let text = known.dates.get(date);
  if (text === undefined) {
    text = known.format.format(new Date(`${date}T00:00:00Z`));
    known.dates.set(date, text);
  }
  return text;
}

export { daysBetween } from '../live/status.ts';
