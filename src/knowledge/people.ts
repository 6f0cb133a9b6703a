// Office-holders a story may name without a title ("Obama", "Putin"), with the dates they held office (people.json).
import { z } from 'zod';
import type { Sector } from '../document/document.js';
import { PhraseIndex } from './phrase-index.js';
import { alpha3Schema, sectorSchema } from './sector.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const peopleSchema = z.object({
  $comment: z.string().optional(),
  people: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).optional(),
      country: alpha3Schema.nullable(),
      sector: sectorSchema,
      role: z.string().min(1),
      from: day,
      to: day.nullable(),
    }),
  ),
});

export type KnownPerson = z.infer<typeof peopleSchema>['people'][number];

export interface PeopleIndex {
  /** Names and aliases, matched on tokens ("Barack Obama", "Obama"). */
  names: PhraseIndex<KnownPerson>;
}

/** Builds the index of known office-holders. */
export function buildPeople(data: z.infer<typeof peopleSchema>): PeopleIndex {
  const names = new PhraseIndex<KnownPerson>();
  for (const p of data.people) {
    names.add(p.name, p);
    for (const a of p.aliases ?? []) names.add(a, p);
  }
  return { names };
}

/**
 * The actor a known person is on `published`: their office's country and sector while in office,
 * the same country as a former office-holder (ELI) after it; with no date, the office.
 * @example actorOn(obama, '2025-09-14') // { country: 'USA', sector: 'ELI' }
 */
export function actorOn(p: KnownPerson, published: string | null): { country: string | null; sector: Sector } {
  const former = published !== null && p.to !== null && published >= p.to;
  return { country: p.country, sector: former ? 'ELI' : p.sector };
}
