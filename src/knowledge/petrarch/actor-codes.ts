// The codes an actor entry gives on a day: the first date-limited role that holds, else its default role.
import type { ActorRole } from './types.js';

/**
 * The actor codes of `roles` on `date` (YYYY-MM-DD; limits include their own day). Without a date, or when no
 * limited role holds, the first role without limits; failing that, the open-ended latest role (`[X >D]`).
 * @example actorCodes([{ codes: ['HOB'], from: null, to: null }, { codes: ['HOBGOV'], from: '1995-06-01', to: '1999-08-15' }], '1998-01-01') // ['HOBGOV']
 */
export function actorCodes(roles: readonly ActorRole[], date: string | null): string[] {
  if (date) {
    const holding = roles.find((r) => (r.from !== null || r.to !== null) && (r.from === null || r.from <= date) && (r.to === null || date <= r.to));
    if (holding) return holding.codes;
  }
  const plain = roles.find((r) => r.from === null && r.to === null);
  if (plain) return plain.codes;
  if (!date) return roles.find((r) => r.to === null)?.codes ?? [];
  return [];
}
