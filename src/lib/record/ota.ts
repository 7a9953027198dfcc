import type { Catalog, Policy, Version } from '../model/catalog.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { OTA_SEGMENT } from '../routes/urls.ts';
import type { SiteFile } from '../routes/site-file.ts';

/**
 * The site's versions in Open Terms Archive's published dataset layout, so that a tracker takes the
 * authoritative texts instead of scraping them: `<service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md`,
 * one Markdown file per version, under one folder with a README. Only versions that took effect are
 * in it (Open Terms Archive records what was in force); an announced one joins on its day.
 */
export const OTA_FOLDER = `/${OTA_SEGMENT}/`;

/** Open Terms Archive's terms types for the policy ids this project's content uses most. */
const TERMS_TYPES: Record<string, string> = {
  privacy: 'Privacy Policy',
  cookies: 'Cookies Policy',
  children: "Children's Privacy Policy",
  terms: 'Terms of Service',
  'third-party': 'Third-Party Data Sharing List',
};

/** A policy's terms type: Open Terms Archive's name for a known id, else the policy's title. */
export const termsType = (policy: Policy): string => TERMS_TYPES[policy.id] ?? policy.title;

/** A folder name from a display name: no path separators, no leading dot. */
const folder = (name: string) => name.replace(/[/\\]/g, '-').replace(/^\.+/, '') || '-';

/**
 * Each brand's folder of the export, by brand id, from the site root (`open-terms-archive/<service>/`):
 * its service's name, with its id when two brands share a name (a group's regional sites, say) or
 * their names make one folder.
 * Shards ask it too, to tell whose files these are (src/lib/build/shard.ts: partOf).
 */
export function otaBrandFolders(catalog: Catalog): Map<string, string> {
  // Names that make one folder (二/三 and 二-三; Acme and ACME on a disk that ignores case) count as one.
  const same = (name: string) => folder(name).toLowerCase();
  const named = new Map<string, number>();
  for (const brand of catalog.brands) named.set(same(brand.data.name), (named.get(same(brand.data.name)) ?? 0) + 1);
  return new Map(
    catalog.brands.map((brand) => {
      const alone = named.get(same(brand.data.name)) === 1;
      return [
        brand.id,
        `${OTA_FOLDER.slice(1)}${folder(alone ? brand.data.name : `${brand.data.name} (${brand.id})`)}/`,
      ];
    }),
  );
}

export function otaFiles(ctx: SiteContext): SiteFile[] {
  const files: SiteFile[] = [];
  const folders = otaBrandFolders(ctx.catalog);
  for (const brand of ctx.catalog.brands) {
    const service = `/${folders.get(brand.id) ?? ''}`;
    for (const policy of brand.policies)
      for (const version of policy.versions)
        if (version.status !== 'upcoming') files.push(versionFile(service, policy, version));
  }
  const readme = [
    `# ${ctx.site.host}: versions in the Open Terms Archive dataset layout`,
    '',
    `Published by the services themselves (${new URL(ctx.site).href}), as of ${ctx.catalog.now}.`,
    'Each version is a Markdown file `<service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md`, named by the',
    'day it took effect; the JSON record of every version, with its SHA-256, is at',
    '`/<brand>/<policy>/versions.json` on the same site.',
    '',
  ].join('\n');
  files.push({ path: `${OTA_FOLDER}README.md`, type: MARKDOWN, body: () => Buffer.from(readme, 'utf8') });
  return files;
}

const MARKDOWN = 'text/markdown; charset=utf-8';

/** `service` is the brand's folder (otaBrandFolders), from the site root. */
function versionFile(service: string, policy: Policy, version: Version): SiteFile {
  const path = `${service}${folder(termsType(policy))}/${version.date}T00-00-00Z.md`;
  // The text as written, with its title as the heading Open Terms Archive's versions start with;
  // made only when the file is written (the site's files are listed at every load).
  const text = () => `# ${version.data.title}\n\n${version.body.trim()}\n`;
  return { path, type: MARKDOWN, body: () => Buffer.from(text(), 'utf8'), key: `ota ${version.sha256}` };
}
