// Reduces a CAMEO actor code ("USAGOV", "IGOUNO", "---LEG") and a Dyad actor to the one key events are scored on.
import type { RecordActor } from '../../document/record.js';

/** Codes whose first three letters are an international or non-state actor, not a country: the key is the kind. */
const NON_STATE: Record<string, string> = { IGO: 'IGO', NGO: 'NGO', NGM: 'NGO', IMG: 'IMG', MNC: 'MNC', UNO: 'IGO' };

/** CAMEO country codes that differ from ISO 3166-1 alpha-3 (cameo_country_codes.tsv) and regions inside one country. */
const CAMEO_TO_ISO: Record<string, string> = { ROM: 'ROU', TMP: 'TLS', IMY: 'IMN', MTN: 'MNE', WSB: 'PSE', GZS: 'PSE' };

/**
 * The country (or non-state kind) a CAMEO actor code names: its first three letters, with CAMEO's
 * own country codes mapped to ISO alpha-3 and IGO/NGO/IMG/MNC prefixes kept as the kind.
 * Unknown ("---", "---GOV", "###", empty) is null.
 * @example actorKey('USAGOV') // 'USA'; actorKey('IGOUNO') // 'IGO'; actorKey('---LEG') // null; actorKey('ROMGOV') // 'ROU'
 */
export function actorKey(code: string | null | undefined): string | null {
  const c = (code ?? '').trim().replace(/^"|"$/g, '').toUpperCase();
  const head = c.slice(0, 3);
  if (!/^[A-Z]{3}$/.test(head)) return null;
  return NON_STATE[head] ?? CAMEO_TO_ISO[head] ?? head;
}

/**
 * The key of an actor Dyad produced: its ISO country; without one, IGO or NGO when that is its sector; else null.
 * @example producedActorKey({ country: null, sector: 'IGO', … }) // 'IGO'
 */
export function producedActorKey(actor: Pick<RecordActor, 'country' | 'sector'> | null | undefined): string | null {
  if (!actor) return null;
  if (actor.country) return actor.country;
  return actor.sector === 'IGO' || actor.sector === 'NGO' ? actor.sector : null;
}
