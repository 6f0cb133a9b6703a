// Which mentions can be an event's actor, and how to find the one at a token ("the longest mention starting here").
import type { Mention } from '../../document/document.js';

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** Actor mentions by first token: the longest mention starting at each token wins ("US Secretary of State Marco Rubio" over "US"). */
export function actorsByToken(mentions: readonly Mention[], coref: Record<string, string>): Map<number, Mention> {
  const at = new Map<number, Mention>();
  for (const m of mentions) {
    if (!ACTOR_TYPES.has(m.type) || !coref[m.id]) continue;
    const prev = at.get(m.firstToken);
    if (!prev || m.endToken > prev.endToken) at.set(m.firstToken, m);
  }
  return at;
}
