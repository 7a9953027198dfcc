import type { Locale } from '../../schemas/brand.ts';
import { redlineHtml, statsLines, type RedlineHtml } from '../diff/redline-html.ts';
import { redlineLabels } from '../diff/redline-labels.ts';
import { messages } from '../i18n/index.ts';
import { comparedTexts, policyTitle, type Status } from '../model/catalog.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyBreadcrumbs, type Link } from './common.ts';

type ChangesPage = Extract<PageRef, { kind: 'changes' }>;

interface End {
  date: string;
  number: number;
  status: Status;
  href: string;
}

/** The redline between two consecutive versions. */
export interface ChangesView {
  breadcrumbs: Link[];
  policyTitle: string;
  from: End;
  to: End;
  /** What the newer version says changed, in the compared texts' language. */
  summary: string | undefined;
  /** Language of the compared texts (translations when both versions have one). */
  lang: Locale;
  stats: string[];
  redline: RedlineHtml;
  identical: boolean;
  coarse: boolean;
  compare: string;
}

export function changesView(ctx: SiteContext, page: ChangesPage): ChangesView {
  const { brand, policy, pair, locale } = page;
  const { urls } = ctx;
  const t = messages(locale);
  const texts = comparedTexts(pair, locale);
  const model = ctx.diff(...texts);
  const redline = redlineHtml(model, redlineLabels(t));
  const end = (v: typeof pair.from): End => ({
    date: v.date,
    number: v.number,
    status: v.status,
    href: urls.version(brand, policy.id, v.date, locale),
  });
  return {
    breadcrumbs: policyBreadcrumbs(ctx, brand, policy, locale, true),
    policyTitle: policyTitle(policy, locale),
    from: end(pair.from),
    to: end(pair.to),
    summary: texts[1].data.summary ?? pair.to.data.summary,
    lang: texts[1].locale,
    stats: statsLines(model, redline.changes, t),
    redline,
    identical: model.identical,
    coarse: model.coarse,
    compare: urls.compare(brand, policy.id, locale),
  };
}
