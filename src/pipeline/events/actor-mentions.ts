// Which mentions can be an event's actor, and how to find the one at a token ("the longest mention starting here").
import type { Actor, Mention } from '../../document/document.js';

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** A mention that can be an actor: a person, organisation, place or group, or a MISC name with a country ("Iraqi Kurds"). */
function canAct(m: Mention, entity: string, actors: Record<string, Actor>): boolean {
  return ACTOR_TYPES.has(m.type) || (m.type === 'MISC' && (m.country ?? actors[entity]?.country ?? null) !== null);
}

/** Actor mentions by first token: the longest mention starting at each token wins ("US Secretary of State Marco Rubio" over "US"). */
export function actorsByToken(mentions: readonly Mention[], coref: Record<string, string>, actors: Record<string, Actor>): Map<number, Mention> {
  const at = new Map<number, Mention>();
  for (const m of mentions) {
    const entity = coref[m.id];
    if (!entity || !canAct(m, entity, actors)) continue;
    const prev = at.get(m.firstToken);
    if (!prev || m.endToken > prev.endToken) at.set(m.firstToken, m);
  }
  return at;
}
