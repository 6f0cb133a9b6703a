// The country a CAMEO actor code's first three letters name, in ISO 3166-1 alpha-3, as Dyad keeps countries.

/** Prefixes that name an international or non-state kind of actor, not a country (cameo_actor_types: international_generic, and UNO). */
export const NON_STATE_PREFIXES: Readonly<Record<string, string>> = { IGO: 'IGO', NGO: 'NGO', NGM: 'NGO', IMG: 'IMG', MNC: 'MNC', UNO: 'IGO', INT: 'IGO', UIS: 'UIS' };

/** CAMEO country codes that differ from ISO 3166-1 alpha-3, and CAMEO regions that lie inside one country. */
const CAMEO_TO_ISO: Readonly<Record<string, string>> = { ROM: 'ROU', TMP: 'TLS', IMY: 'IMN', MTN: 'MNE', WSB: 'PSE', GZS: 'PSE', BAG: 'IRQ' };

/** CAMEO's regions larger than a country ("AFR", "MEA", "WST"): no one country. */
const REGIONS = new Set(['AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST']);

/**
 * The ISO country of a CAMEO actor code ("ROMGOV" → ROU, "USAMIL" → USA), null for a non-state kind
 * ("IGOUNO"), a region larger than a country ("MEAREB") or an unknown one ("---GOV"). A dictionary's own
 * three letters (a fictional "ARN") are kept as they are.
 * @example countryOfCameoCode('GZSREB') // 'PSE'
 */
export function countryOfCameoCode(code: string): string | null {
  const head = code.slice(0, 3).toUpperCase();
  if (!/^[A-Z]{3}$/.test(head) || head in NON_STATE_PREFIXES || REGIONS.has(head)) return null;
  return CAMEO_TO_ISO[head] ?? head;
}
