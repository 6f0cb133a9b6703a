// Reduces a CAMEO actor code ("USAGOV", "IGOUNO", "---LEG") and a Dyad actor to the one key events are scored on.
import type { RecordActor } from '../../document/record.js';
import { countryOfCameoCode, NON_STATE_PREFIXES } from '../../knowledge/petrarch/country-codes.js';

/**
 * The country (or non-state kind) a CAMEO actor code names: its first three letters, with CAMEO's
 * own country codes mapped to ISO alpha-3 and IGO/NGO/IMG/MNC prefixes kept as the kind.
 * Unknown ("---", "---GOV", "###", empty) is null.
 * @example actorKey('USAGOV') // 'USA'; actorKey('IGOUNO') // 'IGO'; actorKey('---LEG') // null; actorKey('ROMGOV') // 'ROU'
 */
export function actorKey(code: string | null | undefined): string | null {
  const c = (code ?? '').trim().replace(/^"|"$/g, '').toUpperCase();
  const head = c.slice(0, 3);
  return NON_STATE_PREFIXES[head] ?? countryOfCameoCode(c);
}

/**
 * The key of an actor Dyad produced: its ISO country; without one, the non-state kind its code names (a
 * dictionary's "IMGMUS"), else IGO, NGO or IMG when that is its sector; else null.
 * @example producedActorKey({ country: null, sector: 'IGO', code: 'IGO' }) // 'IGO'
 */
export function producedActorKey(actor: (Pick<RecordActor, 'country' | 'sector'> & { code?: string }) | null | undefined): string | null {
  if (!actor) return null;
  if (actor.country) return actor.country;
  const kind = NON_STATE_PREFIXES[actor.code?.slice(0, 3) ?? ''];
  if (kind) return kind;
  return actor.sector === 'IGO' || actor.sector === 'NGO' || actor.sector === 'IMG' ? actor.sector : null;
}
