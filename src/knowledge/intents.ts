// The statement a planned or refused event makes ("will visit" → 036 express intent to meet, "will not accept refugees" → 1223), from intent-codes.json.
import { z } from 'zod';
import { DyadError } from '../errors.js';
import type { CameoTable } from './cameo.js';

const code = z.string().regex(/^\d{2,4}$/);

export const intentsSchema = z.object({
  $comment: z.string().optional(),
  intents: z.record(code, code),
  refusals: z.record(code, code).optional(),
});

/** CAMEO code of an event → CAMEO code of announcing (or refusing) it; null when that is no event of its own (statements, appeals). */
export type IntentOf = (cameo: string) => string | null;

/** The lookup over `map`: the longest key that prefixes the event's code wins ("057" before "05"). */
function byLongestPrefix(map: Record<string, string>, cameo: CameoTable, field: string): IntentOf {
  for (const [from, to] of Object.entries(map)) {
    if (!cameo.has(to)) throw new DyadError('KNOWLEDGE_INVALID', `intent-codes.json ${field} maps ${from} to ${to}, which is not in cameo.json`);
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
 * The intent a planned event states.
 * @throws DyadError KNOWLEDGE_INVALID when a value is not in the CAMEO table.
 * @example buildIntents(data, cameo)('042') // '036'
 */
export function buildIntents(data: z.infer<typeof intentsSchema>, cameo: CameoTable): IntentOf {
  return byLongestPrefix(data.intents, cameo, 'intents');
}

/**
 * The refusal a cooperative act announced with "not" states ("will not accept refugees"); none when the file has no `refusals`.
 * @throws DyadError KNOWLEDGE_INVALID when a value is not in the CAMEO table.
 * @example buildRefusals(data, cameo)('075') // '1223'
 */
export function buildRefusals(data: z.infer<typeof intentsSchema>, cameo: CameoTable): IntentOf {
  return byLongestPrefix(data.refusals ?? {}, cameo, 'refusals');
}
