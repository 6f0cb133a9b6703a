// The statement a planned event makes ("will visit" → 036 express intent to meet), from intent-codes.json.
import { z } from 'zod';
import { DyadError } from '../errors.js';
import type { CameoTable } from './cameo.js';

const code = z.string().regex(/^\d{2,4}$/);

export const intentsSchema = z.object({
  $comment: z.string().optional(),
  intents: z.record(code, code),
});

/** CAMEO code of an event → CAMEO code of announcing it; null when announcing it is no event of its own (statements, appeals). */
export type IntentOf = (cameo: string) => string | null;

/**
 * Builds the lookup; the longest key that prefixes the event's code wins ("057" before "05").
 * @throws DyadError KNOWLEDGE_INVALID when a value is not in the CAMEO table.
 * @example buildIntents(data, cameo)('042') // '036'
 */
export function buildIntents(data: z.infer<typeof intentsSchema>, cameo: CameoTable): IntentOf {
  for (const [from, to] of Object.entries(data.intents)) {
    if (!cameo.has(to)) throw new DyadError('KNOWLEDGE_INVALID', `intent-codes.json maps ${from} to ${to}, which is not in cameo.json`);
  }
  return (event) => {
    for (let n = event.length; n >= 2; n--) {
      const intent = data.intents[event.slice(0, n)];
      if (intent) return intent;
    }
    return null;
  };
}
