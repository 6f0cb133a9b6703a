// FIPS 10-4 country codes (fips-codes.json) by ISO 3166-1 alpha-3, for the place columns of a GDELT export.
import { z } from 'zod';
import { DyadError } from '../errors.js';
import { alpha3Schema } from './sector.js';

const fipsCode = z.string().regex(/^[A-Z]{2}$/, 'a FIPS 10-4 code: two upper-case letters such as "GM"');

export const fipsSchema = z.object({
  $comment: z.string().optional(),
  /** FIPS code → why more than one alpha-3 holds it ("KV": Kosovo is XKK and UNK in Dyad). */
  shared: z.record(fipsCode, z.string().min(1)).optional(),
  codes: z.record(alpha3Schema, fipsCode, {
    error: (issue) => (issue.code === 'invalid_key' ? `"${String(issue.input)}" is not an ISO 3166-1 alpha-3 code such as "DEU"` : undefined),
  }),
});

/** ISO 3166-1 alpha-3 → FIPS 10-4 ("DEU" → "GM"). */
export type FipsTable = ReadonlyMap<string, string>;

/**
 * Indexes fips-codes.json.
 * @example buildFips({ codes: { DEU: 'GM' } }).get('DEU') // 'GM'
 * @throws DyadError KNOWLEDGE_INVALID when two alpha-3 codes share a FIPS code that `shared` does not explain, or `shared` explains a code no two hold.
 */
export function buildFips(data: z.infer<typeof fipsSchema>): FipsTable {
  const holders = new Map<string, string[]>();
  for (const [alpha3, fips] of Object.entries(data.codes)) holders.set(fips, [...(holders.get(fips) ?? []), alpha3]);
  const shared = data.shared ?? {};
  for (const [fips, list] of holders) {
    if (list.length > 1 && !(fips in shared)) {
      throw new DyadError('KNOWLEDGE_INVALID', `fips-codes.json gives the FIPS code ${fips} to ${list.join(' and ')}; fix the wrong one, or say why they share it under "shared"`);
    }
  }
  for (const fips of Object.keys(shared)) {
    if ((holders.get(fips)?.length ?? 0) < 2) throw new DyadError('KNOWLEDGE_INVALID', `fips-codes.json explains under "shared" the FIPS code ${fips}, which no two countries hold; remove it`);
  }
  return new Map(Object.entries(data.codes));
}

/**
 * The FIPS 10-4 code of an ISO alpha-3 country, or null when there is no country or FIPS has no code for it.
 * @example fipsOf(kb.fips, 'DEU') // 'GM'
 * @example fipsOf(kb.fips, 'UMI') // null: FIPS codes each US minor outlying island apart
 */
export function fipsOf(table: FipsTable, alpha3: string | null | undefined): string | null {
  return alpha3 ? (table.get(alpha3) ?? null) : null;
}
