// Turns actor mentions into event participants: an entity with its country and sector; a country pair into its two countries.
import type { Actor, Entity, Mention, Participant } from '../../document/document.js';

export interface ParticipantContext {
  coref: Record<string, string>;
  entities: Map<string, Entity>;
  actors: Record<string, Actor>;
}

/** The participants a mention stands for: one, or two for "both sides" / "Pakistan-US". */
export function participantsOf(ctx: ParticipantContext, m: Mention): Participant[] {
  const id = ctx.coref[m.id];
  const e = id ? ctx.entities.get(id) : undefined;
  if (!e) return [];
  // "the two countries" names no sector; "the two leaders" their governments (GOV).
  if (e.members) return e.members.map((country) => ({ entity: e.id, mention: m.id, country, sector: m.sector }));
  const a = ctx.actors[e.id];
  return [{ entity: e.id, mention: m.id, country: a?.country ?? null, sector: a?.sector ?? null }];
}

/** Every participant of a list of coordinated mentions ("X and Y"), each once. */
export function participantsOfAll(ctx: ParticipantContext, ms: readonly Mention[]): Participant[] {
  const out: Participant[] = [];
  for (const m of ms) for (const p of participantsOf(ctx, m)) if (!out.some((o) => o.entity === p.entity && o.country === p.country)) out.push(p);
  return out;
}

/** Same actor: the same entity and country. */
export function sameActor(a: Participant, b: Participant): boolean {
  return a.entity === b.entity && a.country === b.country;
}

/** Same actor, or both unnamed: the doers of two events, either of which may have none ("the embassy was attacked"). */
export function sameDoer(a: Participant | null, b: Participant | null): boolean {
  return a === null || b === null ? a === b : sameActor(a, b);
}
