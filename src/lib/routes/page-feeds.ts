import { siteName } from '../model/site-texts.ts';
import type { Brand, Policy } from '../model/catalog.ts';
import { brandFeedTitle, policyFeedTitle } from '../record/feeds.ts';
import type { SiteContext } from './site-context.ts';

/** A feed a page advertises with `<link rel="alternate" type="application/atom+xml">`. */
export interface FeedLink {
  title: string;
  href: string;
}

/**
 * The feeds that cover what a page shows, most specific first: a policy's pages offer the policy's
 * feed and the brand's, a brand page the brand's, the directory the all-brands feed. Any page kind
 * with a brand or a policy gets them, so new kinds of page need no change here.
 */
export function pageFeeds(ctx: SiteContext, page: { kind: string; brand?: Brand; policy?: Policy }): FeedLink[] {
  const { urls } = ctx;
  const feeds: FeedLink[] = [];
  if (page.brand && page.policy)
    feeds.push({ title: policyFeedTitle(page.brand, page.policy), href: urls.policyFeed(page.brand, page.policy.id) });
  if (page.brand) feeds.push({ title: brandFeedTitle(ctx.catalog.site, page.brand), href: urls.brandFeed(page.brand) });
  if (page.kind === 'directory')
    feeds.push({ title: siteName(ctx.catalog.site, ctx.catalog.locale), href: urls.siteFeed() });
  return feeds;
}
