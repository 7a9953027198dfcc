import { z } from 'astro/zod';

/**
 * A search vocabulary: groups of words that mean the same in privacy texts. The project ships one
 * per locale (src/lib/search/vocabulary/); a content folder adds its own in `search/vocabulary.yaml`.
 */
export const vocabularySchema = z.strictObject({
  groups: z.array(
    z
      .array(
        z.string().trim().min(1, 'must not be empty').max(40, 'must be a word or short phrase (at most 40 characters)'),
      )
      .min(2, 'must list two words or more that mean the same'),
  ),
});
export type VocabularyData = z.infer<typeof vocabularySchema>;
