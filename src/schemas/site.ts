import { z } from 'astro/zod';
import { localeSchema, type Locale } from './brand.ts';

/**
 * Words shown to visitors: one text for every language (written in the site's language), or one
 * per language (`{ zh-CN: 隐私中心, en: Privacy Center }`).
 */
const words = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const localized = (max: number) =>
  z.union(
    [
      words(max),
      z
        .partialRecord(localeSchema, words(max))
        .refine((texts) => Object.keys(texts).length > 0, 'must give the text in at least one language'),
    ],
    {
      message: 'must be a text, or one text per language such as { zh-CN: …, en: … }',
    },
  );

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a brand id: the folder name under brands/');

/** Where a footer link may lead: the web, an email address or a page of this site. */
const footerHref = z.string().regex(
  // A path starts with one slash: browsers read "//host" and "/\host" as another site.
  /^(https?:\/\/[^\s\\]+|mailto:[^\s]+|\/[^\s/\\][^\s\\]*|\/)$/,
  'must start with https://, http://, mailto: or a single / (a page of this site)',
);

/**
 * `content/site.yaml`: what the site says about itself. Every field is optional; without the file
 * the site is "隐私中心" / "Privacy Center" in Chinese, with no banner and every brand in the directory.
 */
export const siteSchema = z.strictObject({
  /** The site's own language: the directory and search pages in it have no locale prefix. */
  locale: localeSchema.default('zh-CN'),
  /** The site's name: the directory's heading, the end of every title, the all-brands feed. */
  name: localized(60).optional(),
  /** One sentence under the directory's heading, and its meta description. */
  description: localized(300).optional(),
  /** A banner on every page, e.g. that the content is a sample or a draft. None without it. */
  notice: localized(300).optional(),
  /** The public URL of the site, for canonical links, feeds and records (PRIVACY_CENTER_SITE wins). */
  url: z.url({ protocol: /^https?$/, message: 'must be a full URL starting with https:// or http://' }).optional(),
  /** The directory's order: these brands first, in this order; the others follow by id. */
  brands: z
    .array(id)
    .refine((ids) => new Set(ids).size === ids.length, 'must list each brand once')
    .default([]),
  /** Build the site as this one brand's center, mounted at / (PRIVACY_CENTER_BRAND wins). */
  brand: id.optional(),
  /** Links at the foot of every page, after the brand's own. */
  footer: z
    .array(z.strictObject({ label: localized(60), href: footerHref }))
    .max(12, 'must list at most 12 links')
    .default([]),
  /** The site's icon in browser tabs: a file beside site.yaml (SVG or PNG); a shield without it. */
  icon: z
    .string()
    .regex(/^[\w.-]+\.(svg|png)$/i, 'must be a file name beside site.yaml ending in .svg or .png')
    .optional(),
  /** Whether the footer says "Built with Privacy Center". */
  credit: z.boolean().default(true),
});

export type SiteData = z.output<typeof siteSchema>;
export type Localized = string | Partial<Record<Locale, string>>;

/** The settings of a content folder without site.yaml. */
export const DEFAULT_SITE: SiteData = siteSchema.parse({});
