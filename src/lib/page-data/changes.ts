import type { Locale } from '../../schemas/brand.ts';
import { keyPointsRedline, type KeyPointChange } from '../diff/key-points.ts';
import { describeListChanges, listChanges } from '../diff/list-rows.ts';
import { redlinePanel, type RedlinePanel } from '../diff/redline-panel.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { comparedTexts, policyTitle, type Status } from '../model/catalog.ts';
import { hasLists, type PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyBreadcrumbs, type Link } from './common.ts';
import { keyed, type Keyed } from './keyed.ts';

type ChangesPage = Extract<PageRef, { kind: 'changes' }>;

interface End {
  date: string;
  number: number;
  status: Status;
  /** The next version's effective date, if any. */
  until: string | undefined;
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
  /** The newer version is a material change. */
  material: boolean;
  /** The printed page's header: whose policy, which two versions, where it is. */
  print: { brand: string; legalName: string; title: string; permanent: string };
  pdf: string | undefined;
  /** Language of the compared texts (translations when both versions have one). */
  lang: Locale;
  /** Made when the page renders; a rebuild keys the page by the redline's name (src/lib/diff/cache.ts). */
  redline: Keyed<{ panel: RedlinePanel; identical: boolean; coarse: boolean }>;
  compare: string;
  /** The key points of the two texts redlined, when either has them and they differ. */
  keyPoints: KeyPointChange[] | undefined;
  /** How the personal information lists changed, row by row, and where the newer ones are; empty when they did not. */
  lists: { changes: { title: string; lines: string[] }[]; href: string | undefined };
}

export function changesView(ctx: SiteContext, page: ChangesPage): ChangesView {
  const { brand, policy, pair, locale } = page;
  const { urls } = ctx;
  const t = messages(locale);
  const texts = comparedTexts(pair, locale);
  const lang = texts[1].locale;
  const end = (v: typeof pair.from): End => ({
    date: v.date,
    number: v.number,
    status: v.status,
    until: v.next?.date,
    href: urls.version(brand, policy.id, v.date, locale),
  });
  return {
    breadcrumbs: policyBreadcrumbs(ctx, brand, policy, locale, true),
    policyTitle: policyTitle(policy, locale),
    from: end(pair.from),
    to: end(pair.to),
    summary: texts[1].data.summary ?? pair.to.data.summary,
    material: pair.to.data.material,
    print: {
      brand: brand.data.name,
      legalName: brand.data.legalName,
      title: t.redlinePrint(
        policyTitle(policy, locale),
        formatDate(pair.from.date, locale),
        formatDate(pair.to.date, locale),
      ),
      permanent: new URL(page.path, ctx.site).href,
    },
    pdf: ctx.pdf ? urls.changesPdf(brand, policy.id, pair.from.date, pair.to.date, locale) : undefined,
    lang,
    redline: keyed(`${ctx.redlines.name(...texts)}|${locale}`, () => {
      const model = ctx.redlines.model(...texts);
      return { panel: redlinePanel(model, t, lang), identical: model.identical, coarse: model.coarse };
    }),
    compare: urls.compare(brand, policy.id, locale),
    keyPoints: keyPointsRedline(texts[0].data.keyPoints ?? [], texts[1].data.keyPoints ?? [], lang),
    lists: {
      changes: describeListChanges(listChanges(pair.from.lists, pair.to.lists), t),
      href: hasLists(pair.to) ? urls.versionLists(brand, policy.id, pair.to.date, locale) : undefined,
    },
  };
}
