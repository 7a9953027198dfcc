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

/** 2024年3月1日 / March 1, 2024; computed in UTC so the day never shifts with the build machine's zone. */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export { daysBetween } from '../live/status.ts';
