import type { SiteFile } from '../routes/site-file.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { compareStepsCss } from '../page-data/compare-steps.ts';
import { dataKey } from '../build/data-key.ts';
import { brandFeedParts, policyFeedParts, siteFeedParts } from './feeds.ts';
import { atomXml, type AtomFeed } from './atom.ts';
import { brandIndexFile, siteIndexFile, toJson, versionsFile } from './record.ts';

const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
// Served as text so a browser shows the source instead of downloading it.
const MDX = 'text/plain; charset=utf-8';

/** The public record as files: Atom feeds, JSON indexes and every version's MDX source, byte for byte; and the compare page's data. */
export function recordFiles(ctx: SiteContext): SiteFile[] {
  const { catalog, mount, urls } = ctx;
  const text = (path: string, type: string, make: () => string, key?: string): SiteFile => ({
    path,
    type,
    body: () => Buffer.from(make(), 'utf8'),
    ...(key === undefined ? {} : { key }),
  });
  // A feed is keyed by what it shows, so that a rebuild writes the XML of only the feeds that changed;
  // both are made when first asked (the content check lists the site's files only for their paths).
  const feed = (path: string, make: () => AtomFeed): SiteFile => {
    let made: AtomFeed | undefined;
    let key: string | undefined;
    const feedParts = () => (made ??= make());
    return {
      path,
      type: ATOM,
      body: () => Buffer.from(atomXml(feedParts()), 'utf8'),
      get key() {
        return (key ??= `feed ${dataKey(feedParts())}`);
      },
    };
  };
  const files: SiteFile[] = [];
  if (mount.brand === undefined) {
    files.push(feed(urls.siteFeed(), () => siteFeedParts(ctx)));
    files.push(text(urls.siteIndex(), JSON_TYPE, () => toJson(siteIndexFile(ctx))));
  }
  for (const brand of catalog.brands) {
    files.push(feed(urls.brandFeed(brand), () => brandFeedParts(ctx, brand)));
    files.push(text(urls.brandIndex(brand), JSON_TYPE, () => toJson(brandIndexFile(ctx, brand))));
    for (const policy of brand.policies) {
      files.push(feed(urls.policyFeed(brand, policy.id), () => policyFeedParts(ctx, brand, policy)));
      files.push(text(urls.versionsJson(brand, policy.id), JSON_TYPE, () => toJson(versionsFile(ctx, brand, policy))));
      files.push(
        text(urls.compareSteps(brand, policy.id), 'text/css; charset=utf-8', () =>
          compareStepsCss(policy.versions.map((v) => v.date)),
        ),
      );
      for (const version of policy.versions) {
        for (const locale of brand.locales) {
          const file = locale === brand.locale ? version : version.translations[locale];
          if (file === undefined) continue;
          // The text was decoded from UTF-8 without a byte-order mark, so encoding it again gives back the
          // exact bytes whose SHA-256 the record publishes.
          // Both follow from the text's bytes (and the code), so its SHA-256 keys them.
          files.push(
            text(
              urls.source(brand, policy.id, version.date, file.locale),
              MDX,
              () => file.source,
              `source ${file.sha256}`,
            ),
          );
          // The compare page diffs any two versions in the browser from these blocks.
          files.push(
            text(
              urls.blocks(brand, policy.id, version.date, file.locale),
              'application/json',
              () => JSON.stringify({ locale: file.locale, blocks: file.text.blocks }),
              `blocks ${file.sha256}`,
            ),
          );
        }
      }
    }
  }
  return files;
}
