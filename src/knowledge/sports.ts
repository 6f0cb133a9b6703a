// Words of sports reporting (sports-words.json): an article full of them is a sports report, whose results are not political events.
import { z } from 'zod';

export const sportsSchema = z.object({
  $comment: z.string().optional(),
  minimum: z.strictObject({ count: z.number().int().positive(), distinct: z.number().int().positive() }),
  words: z.array(z.string().regex(/^[a-z]+$/, 'a single lower-case word such as "striker"')).min(1),
});

export interface SportsWords {
  words: ReadonlySet<string>;
  /** An article is a sports report with at least `count` sports words, `distinct` of them different. */
  count: number;
  distinct: number;
}

/**
 * Indexes sports-words.json.
 * @example buildSports({ minimum: { count: 4, distinct: 3 }, words: ['striker'] }).words.has('striker') // true
 */
export function buildSports(data: z.infer<typeof sportsSchema>): SportsWords {
  return { words: new Set(data.words), count: data.minimum.count, distinct: data.minimum.distinct };
}
