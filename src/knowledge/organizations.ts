// Organisation kinds (head words → sector) and known organisations (name → country, sector), from organizations.json.
import { z } from 'zod';
import type { Sector } from '../document/document.js';
import { PhraseIndex } from './phrase-index.js';
import { alpha3Schema, sectorSchema } from './sector.js';

export const organizationsSchema = z.object({
  $comment: z.string().optional(),
  kinds: z.array(
    z.object({
      words: z.array(z.string().min(1)),
      position: z.enum(['last', 'first']).optional(),
      sector: sectorSchema.nullable(),
      example: z.string().optional(),
    }),
  ),
  groups: z.array(
    z.object({
      words: z.array(z.string().min(1)),
      sector: sectorSchema,
      /** The CAMEO code the group's violence takes: a crowd's attack is a riot (145). */
      violence: z.string().regex(/^\d{2,4}$/).optional(),
      example: z.string().optional(),
    }),
  ),
  known: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).optional(),
      country: alpha3Schema.nullable(),
      sector: sectorSchema.nullable(),
      example: z.string().optional(),
    }),
  ),
});

export interface OrgKind {
  sector: Sector | null;
}

export interface GroupKind extends OrgKind {
  violence?: string;
}

export interface KnownOrg {
  name: string;
  country: string | null;
  sector: Sector | null;
}

export interface OrganizationIndex {
  /** Head words that end an organisation's name ("Corporation", "Ministry", "Air Force"). */
  heads: PhraseIndex<OrgKind>;
  /** Words that start one ("Ministry of", "Bank of"). */
  openers: PhraseIndex<OrgKind>;
  known: PhraseIndex<KnownOrg>;
  /** Collective nouns for unnamed actors: "protesters" → CVL, "security forces" → MIL. */
  groups: PhraseIndex<GroupKind>;
}

/** Builds the organisation index. */
export function buildOrganizations(data: z.infer<typeof organizationsSchema>): OrganizationIndex {
  const heads = new PhraseIndex<OrgKind>();
  const openers = new PhraseIndex<OrgKind>();
  for (const kind of data.kinds) {
    const target = kind.position === 'first' ? openers : heads;
    for (const w of kind.words) target.add(w, { sector: kind.sector });
  }
  const known = new PhraseIndex<KnownOrg>();
  for (const org of data.known) {
    const value = { name: org.name, country: org.country, sector: org.sector };
    known.add(org.name, value);
    for (const a of org.aliases ?? []) known.add(a, value);
  }
  const groups = new PhraseIndex<GroupKind>();
  for (const g of data.groups) for (const w of g.words) groups.add(w, g.violence ? { sector: g.sector, violence: g.violence } : { sector: g.sector });
  return { heads, openers, known, groups };
}
