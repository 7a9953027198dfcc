import { z } from 'astro/zod';
import { isRealDate } from './real-date.ts';

/** A calendar date written YYYY-MM-DD. YAML may hand it over as a Date; both mean the same day. */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!isRealDate(text)) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date in the form YYYY-MM-DD` });
    return z.NEVER;
  }
  return text;
});

/** Frontmatter of one version file, `<policy>/<YYYY-MM-DD>.mdx`. The effective date is the file name. */
export const versionSchema = z.strictObject({
  /** The policy's title as published in this version. */
  title: z.string().trim().min(1),
  /** What changed since the previous version; required from the second version on. */
  summary: z.string().trim().min(1).optional(),
  /** When the version was announced; on or before its effective date. */
  published: isoDate.optional(),
  /** Whether the change is material (visitors may need to agree again). */
  material: z.boolean().default(false),
  /**
   * Key points: a short plain-language layer (5–10 points) shown before the full text, and redlined
   * across versions like it. The full text prevails.
   */
  keyPoints: z.array(z.string().trim().min(1)).min(1).max(10).optional(),
  /** Repeats the effective date; when present it must match the file name. */
  effective: isoDate.optional(),
});

export type VersionData = z.output<typeof versionSchema>;
