import { z } from 'astro/zod';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a six-digit hex colour such as "#1d4ed8"');

/** An address visitors follow from the page: https or http only (no javascript:, data: or file:). */
const url = z.url({ protocol: /^https?$/, message: 'must be a full URL starting with https:// or http://' });

/** The brand's locales: BCP 47 tags the interface has messages for. */
export const localeSchema = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** Every locale the site has messages for: the one list the content, URLs and interface use. */
export const LOCALES: readonly Locale[] = localeSchema.options;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** `content/brands/<brand>/brand.yaml`: who the brand is and how its center looks. */
export const brandSchema = z.strictObject({
  /** Display name shown in headers and titles, e.g. "贝业". */
  name: z.string().trim().min(1),
  /** The name in other languages, for the pages in them (`en: Beiye`); without one, `name` is shown. */
  names: z.partialRecord(localeSchema, z.string().trim().min(1)).default({}),
  /** Legal entity that publishes the policies. */
  legalName: z.string().trim().min(1),
  /** Locale of the original policy texts; pages in it are unprefixed. */
  locale: localeSchema.default('zh-CN'),
  /** Further locales with translated versions (`<date>.<locale>.mdx`), served under `/<locale>/`. */
  locales: z.array(localeSchema).default([]),
  /** Brand colours; text on `primary` is white, so it must reach 4.5:1 against white. */
  colors: z.strictObject({
    primary: hexColour,
    /** Used for links and highlights; derived from `primary` when absent. */
    accent: hexColour.optional(),
    /** Primary in dark mode (on a dark background); derived when absent. */
    primaryDark: hexColour.optional(),
  }),
  /** File name of the logo beside brand.yaml (SVG, PNG, JPEG or WebP). */
  logo: z
    .string()
    .regex(
      /^[\w.-]+\.(svg|png|jpe?g|webp)$/i,
      'must be a file name beside brand.yaml ending in .svg, .png, .jpg or .webp',
    )
    .optional(),
  /** How visitors reach the data-protection contact. Empty strings are not allowed: leave a field out instead. */
  contact: z
    .strictObject({
      email: z.email({ message: 'must be an email address' }).optional(),
      phone: z.string().trim().min(1).optional(),
      address: z.string().trim().min(1).optional(),
      dpo: z.string().trim().min(1).optional(),
      responseTime: z.string().trim().min(1).optional(),
    })
    .default({}),
  /** The company's own website. */
  website: url.optional(),
  /** Public URL of this brand's own center, used for canonical URLs in a single-brand build. */
  site: url.optional(),
  /**
   * Days of notice the brand gives before a material change takes effect: lint reports an upcoming
   * material version whose `published` date is fewer days before its effective date, or missing.
   */
  noticeDays: z.number().int().min(1).max(366).optional(),
  /** Optional footer links. */
  links: z
    .strictObject({
      terms: url.optional(),
      cookies: url.optional(),
      dataRequest: url.optional(),
    })
    .default({}),
});

export type BrandData = z.output<typeof brandSchema>;
