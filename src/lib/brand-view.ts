import type { Locale } from '../schemas/brand.ts';
import type { Brand } from './catalog.ts';
import { mount } from './build.ts';
import { messages } from './i18n/index.ts';
import { brandRef } from './pages.ts';
import { makeUrls } from './urls.ts';

/** What every view of a brand's page needs: its messages, this build's URLs and the brand's URL key. */
export function brandView(brand: Brand, locale: Locale) {
  return { t: messages(locale), urls: makeUrls(mount), ref: brandRef(brand) };
}
