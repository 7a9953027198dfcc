import type { Locale } from '../../schemas/brand.ts';
import type { Brand } from '../model/catalog.ts';
import { mount } from '../build/page-catalog.ts';
import { messages } from '../i18n/index.ts';
import { brandRef } from '../routes/pages.ts';
import { makeUrls } from '../routes/urls.ts';

/** What every view of a brand's page needs: its messages, this build's URLs and the brand's URL key. */
export function brandView(brand: Brand, locale: Locale) {
  return { t: messages(locale), urls: makeUrls(mount), ref: brandRef(brand) };
}
