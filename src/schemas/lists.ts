import { z } from 'astro/zod';

/**
 * The lists regulators ask a policy to publish beside its text (China's MIIT: 已收集个人信息清单 and
 * 与第三方共享个人信息清单, SDKs included), one YAML file each beside a version:
 * `<YYYY-MM-DD>.collected.yaml` and `<YYYY-MM-DD>.shared.yaml`. A list is dated like the text it
 * belongs to, and stays in force for later versions until one of them brings its own.
 */

const text = z.string().trim().min(1);
const url = z.url({ protocol: /^https?$/, message: 'must be a full URL starting with https:// or http://' });

/** One kind of personal information the service collects. */
const collectedItem = z.strictObject({
  /** What is collected, as the text names it (手机号码, 精确位置). */
  item: text,
  /** Why it is collected. */
  purpose: text,
  /** When or in which feature it is collected. */
  scenario: text.optional(),
  /** Sensitive personal information (PIPL art. 28: biometrics, precise location, ID numbers, …). */
  sensitive: z.boolean().default(false),
  /** Whether the service cannot work without it; false when the person may refuse. */
  required: z.boolean().default(true),
});

/** One third party or SDK that personal information is shared with. */
const sharedRecipient = z
  .strictObject({
    /** The SDK's or recipient's name, as the text names it. */
    name: text,
    /** An SDK (code inside the app) or another third party that receives data. */
    kind: z.enum(['sdk', 'third-party']).default('sdk'),
    /** The company behind it. */
    provider: text,
    /** Why the information is shared. */
    purpose: text,
    /** When or in which feature it is shared. */
    scenario: text.optional(),
    /** The personal information shared. */
    data: z.array(text).min(1),
    /** Which of `data` is sensitive personal information. */
    sensitive: z.array(text).default([]),
    /** The provider's own privacy policy. */
    policy: url.optional(),
  })
  .superRefine((row, ctx) => {
    for (const [i, item] of row.sensitive.entries())
      if (!row.data.includes(item))
        ctx.addIssue({
          code: 'custom',
          path: ['sensitive', i],
          message: `"${item}" is marked sensitive but is not in data; list it in data too`,
        });
  });

const listFile = <T extends z.ZodType>(rows: T) =>
  z.strictObject({
    /** Made up for demonstration from what the text says, not published by the company. */
    illustrative: z.boolean().default(false),
    rows: z.array(rows).min(1),
  });

export const collectedListSchema = listFile(collectedItem);
export const sharedListSchema = listFile(sharedRecipient);

export type CollectedList = z.output<typeof collectedListSchema>;
export type SharedList = z.output<typeof sharedListSchema>;
export type CollectedItem = CollectedList['rows'][number];
export type SharedRecipient = SharedList['rows'][number];

/** The lists a version may have, by the name their files carry. */
export const LIST_KINDS = ['collected', 'shared'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const listSchemas = { collected: collectedListSchema, shared: sharedListSchema } as const;

/** A version's lists: its own, or those of the latest earlier version that had them. */
export interface VersionLists {
  collected?: { list: CollectedList; date: string } | undefined;
  shared?: { list: SharedList; date: string } | undefined;
}
