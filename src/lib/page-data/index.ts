import { formatDate, messages } from '../i18n/index.ts';
import { policyTitle, brandName } from '../model/catalog.ts';
import { siteDescription, siteName } from '../model/site-texts.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { brandView, type BrandView } from './brand.ts';
import { changesView, type ChangesView } from './changes.ts';
import { compareView, type CompareView } from './compare.ts';
import { directoryView, type DirectoryView } from './directory.ts';
import { glossaryView, type GlossaryView } from './glossary.ts';
import { historyView, type HistoryView } from './history.ts';
import { listsView, type ListsView } from './lists.ts';
import { pendingView, type PendingView } from './pending.ts';
import { searchView, type SearchView } from './search.ts';
import { shellOf, type Shell } from './shell.ts';
import { versionTitle, versionView, type VersionView } from './version.ts';

/** A page as it renders: its shell (head, header, footer) and what its view shows. */
export type PageView = { shell: Shell } & (
  | { kind: 'directory'; view: DirectoryView }
  | { kind: 'brand'; view: BrandView }
  | { kind: 'version'; view: VersionView }
  | { kind: 'pending'; view: PendingView }
  | { kind: 'history'; view: HistoryView }
  | { kind: 'glossary'; view: GlossaryView }
  | { kind: 'search'; view: SearchView }
  | { kind: 'changes'; view: ChangesView }
  | { kind: 'compare'; view: CompareView }
  | { kind: 'lists'; view: ListsView }
);

/** Computes everything a page shows; the route hands it to the page's view component, which only renders. */
export function pageView(ctx: SiteContext, page: PageRef): PageView {
  const t = messages(page.locale);
  switch (page.kind) {
    case 'directory':
      return {
        kind: page.kind,
        shell: shellOf(ctx, page, siteName(ctx.catalog.site, page.locale), {
          description: siteDescription(ctx.catalog.site, page.locale).text,
        }),
        view: directoryView(ctx, page),
      };
    case 'brand':
      return {
        kind: page.kind,
        shell: shellOf(ctx, page, `${brandName(page.brand, page.locale)} ${siteName(ctx.catalog.site, page.locale)}`),
        view: brandView(ctx, page),
      };
    case 'version': {
      const { title, description } = versionTitle(page);
      const noindex = page.version.status === 'archived';
      return {
        kind: page.kind,
        shell: shellOf(ctx, page, title, { description, noindex }),
        view: versionView(ctx, page),
      };
    }
    case 'pending':
      return { kind: page.kind, shell: shellOf(ctx, page, page.policy.title), view: pendingView(ctx, page) };
    case 'history': {
      const view = historyView(ctx, page);
      return { kind: page.kind, shell: shellOf(ctx, page, view.title), view };
    }
    case 'glossary': {
      const view = glossaryView(ctx, page);
      return { kind: page.kind, shell: shellOf(ctx, page, view.title), view };
    }
    case 'search': {
      const view = searchView(ctx, page);
      return { kind: page.kind, shell: shellOf(ctx, page, view.title), view };
    }
    case 'changes': {
      const [from, to] = [page.pair.from.date, page.pair.to.date].map((d) => formatDate(d, page.locale));
      const title = t.changesTitle(policyTitle(page.policy, page.locale), from!, to!);
      return { kind: page.kind, shell: shellOf(ctx, page, title), view: changesView(ctx, page) };
    }
    case 'compare': {
      const view = compareView(ctx, page);
      const stylesheets = [ctx.urls.compareSteps(page.brand, page.policy.id)];
      return { kind: page.kind, shell: shellOf(ctx, page, view.title, { stylesheets }), view };
    }
    case 'lists': {
      const view = listsView(ctx, page);
      // Like its version's page: an archived version's lists are not what search engines should show.
      const noindex = page.version.status === 'archived';
      return { kind: page.kind, shell: shellOf(ctx, page, view.title, { noindex }), view };
    }
  }
}
