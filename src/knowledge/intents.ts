// The statement a planned or refused event makes ("will visit" → 036 express intent to meet, "will not provide aid" → 121 reject), from intent-codes.json.
import { z } from 'zod';
import { DyadError } from '../errors.js';
import type { CameoTable } from './cameo.js';

const code = z.string().regex(/^\d{2,4}$/);

export const intentsSchema = z.object({
  $comment: z.string().optional(),
  intents: z.record(code, code),
  // Optional, so a knowledge folder written before refusals existed still loads.
  refusals: z.record(code, code).default({}),
});

/** CAMEO code of an event → CAMEO code of announcing it (or of refusing it); null when that is no event of its own (statements, appeals). */
export type IntentOf = (cameo: string) => string | null;

/** The longest key of `map` that prefixes the event's code wins ("057" before "05"). */
function lookup(map: Record<string, string>, file: string, cameo: CameoTable): IntentOf {
  for (const [from, to] of Object.entries(map)) {
    if (!cameo.has(to)) throw new DyadError('KNOWLEDGE_INVALID', `${file} maps ${from} to ${to}, which is not in cameo.json`);
  }
  return (event) => {
    for (let n = event.length; n >= 2; n--) {
      const statement = map[event.slice(0, n)];
      if (statement) return statement;
    }
    return null;
  };
}

/**
 * Builds the lookups: `intentOf` for a planned event, `refusalOf` for one announced as not going to happen.
 * @throws DyadError KNOWLEDGE_INVALID when a value is not in the CAMEO table.
 * @example buildIntents(data, cameo).intentOf('042') // '036'; .refusalOf('072') // '1212'
 */
export function buildIntents(data: z.infer<typeof intentsSchema>, cameo: CameoTable): { intentOf: IntentOf; refusalOf: IntentOf } {
  return { intentOf: lookup(data.intents, 'intent-codes.json intents', cameo), refusalOf: lookup(data.refusals, 'intent-codes.json refusals', cameo) };
}
