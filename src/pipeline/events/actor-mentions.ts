// Which mentions can be an event's actor, how to find the one at a token ("the longest mention starting here"), and the next of a coordination.
import type { Actor, Mention, Token } from '../../document/document.js';

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);

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

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The actor coordinated with the one ending at `end`: "Brazil and the United States", "the US, Russia, and Switzerland"
 * (a bare comma only when `commas`, as in a subject), or undefined.
 */
export function conjunctAfter(tokens: readonly Token[], end: number, actorAt: Map<number, Mention>, commas: boolean): Mention | undefined {
  let k = end;
  if (tokens[k]?.text === ',' && (commas || tokens[k + 1]?.normal === 'and')) k++;
  if (tokens[k]?.normal !== 'and') return k > end ? actorAt.get(k) : undefined;
  k++;
  // "X, the Y" is an apposition; "X and the Y", "X and his Y" two actors.
  if ((ARTICLES.has(tokens[k]?.normal ?? '') || POSSESSIVES.has(tokens[k]?.normal ?? '')) && !actorAt.has(k)) k++;
  return actorAt.get(k);
}

// "Libyan leader Muammar Gaddafi", "former president Carlos Menem": how many title nouns may stand before the name.
const MAX_TITLE_NOUNS = 3;

/**
 * The name that up to three title nouns from `k` lead to ("leader" of "Libyan leader Muammar Gaddafi", "aid agency" of
 * "the aid agency Oxfam"), looking no further than `end`; undefined when no noun stands at `k` or no name follows.
 */
export function nameAfterTitle(tokens: readonly Token[], k: number, actorAt: Map<number, Mention>, end: number = tokens.length): Mention | undefined {
  let n = k;
  while (n < end && n < k + MAX_TITLE_NOUNS && tokens[n]!.pos === 'NOUN' && !actorAt.has(n)) n++;
  const name = n > k ? actorAt.get(n) : undefined;
  return name?.form === 'name' ? name : undefined;
}

// How many describing words may stand between "X's" and the actor it owns: "Sudan's paramilitary Rapid Support Forces".
const POSSESSED_REACH = 3;

/**
 * The actor of a known kind that `m` owns or qualifies, when one follows before `limit`: "Pakistan's army chief",
 * "Sudan's paramilitary Rapid Support Forces", "Israel's ambassador", "Kenyan President" (an office a country word
 * qualifies); else `m`.
 */
export function ownedActor(tokens: readonly Token[], m: Mention | undefined, limit: number, actorAt: Map<number, Mention>): Mention | undefined {
  if (!m) return m;
  const office = actorAt.get(m.endToken);
  if (office?.form === 'role' && (m.type === 'NORP' || m.type === 'GPE') && m.form === 'name' && office.endToken <= limit) return office;
  if (tokens[m.endToken]?.normal !== "'s") return m;
  for (let k = m.endToken + 1; k < Math.min(limit, m.endToken + 2 + POSSESSED_REACH); k++) {
    // Only an actor whose kind is known ("army", "Rapid Support Forces"), not a bare name the tagger found ("Mines and Energy Minister …").
    const owned = actorAt.get(k);
    if (owned) return owned.sector !== null ? owned : m;
    if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NOUN') return m;
  }
  return m;
}
