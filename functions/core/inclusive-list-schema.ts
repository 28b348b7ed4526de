import * as z from 'zod/mini';

/**
 * The imported inclusive-language list (`contracts/rulebooks/inclusive-en.generated.json`, written by
 * rules/gen-inclusive.ts from retext-equality): its basic patterns and its gendered `or` pairs.
 */
export const inclusiveListSchema = z.strictObject({
  source: z.string(),
  version: z.string(),
  patterns: z.array(
    z.strictObject({
      id: z.string(),
      phrases: z.array(z.string()),
      considerate: z.array(z.string()),
      note: z.nullable(z.string()),
      except: z.optional(z.array(z.string())),
    }),
  ),
  orPatterns: z.array(
    z.strictObject({
      id: z.string(),
      female: z.array(z.string()),
      male: z.array(z.string()),
      considerate: z.array(z.string()),
      note: z.nullable(z.string()),
    }),
  ),
});
