// Office-holders a story may name without a title ("Obama", "Putin"), with the offices they held and when (people.json).
import { z } from 'zod';
import type { Sector } from '../document/document.js';
import { PhraseIndex } from './phrase-index.js';
import { alpha3Schema, sectorSchema } from './sector.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

const termSchema = z.object({
  role: z.string().min(1),
  country: alpha3Schema.nullable().optional(),
  sector: sectorSchema.optional(),
  from: day,
  to: day.nullable(),
});

const personSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    country: alpha3Schema.nullable(),
    sector: sectorSchema,
    role: z.string().min(1).optional(),
    from: day.optional(),
    to: day.nullable().optional(),
    terms: z.array(termSchema).min(1).optional(),
  })
  .superRefine((p, ctx) => {
    const flat = p.role !== undefined || p.from !== undefined || p.to !== undefined;
    if (p.terms && flat) ctx.addIssue({ code: 'custom', message: `${p.name}: give either role/from/to or terms, not both` });
    if (!p.terms && (p.role === undefined || p.from === undefined || p.to === undefined)) ctx.addIssue({ code: 'custom', message: `${p.name}: role, from and to are required (to is null while in office), or list the offices in terms` });
    for (const [i, t] of (p.terms ?? []).entries()) {
      if (i > 0 && t.from < p.terms![i - 1]!.from) ctx.addIssue({ code: 'custom', path: ['terms', i, 'from'], message: `${p.name}: terms go in order of their start, earliest first` });
    }
    for (const t of p.terms ?? [p as { from?: string; to?: string | null }]) {
      if (t.from !== undefined && t.to && t.to < t.from) ctx.addIssue({ code: 'custom', message: `${p.name}: a term ends (${t.to}) before it starts (${t.from})` });
    }
  });

export const peopleSchema = z.object({
  $comment: z.string().optional(),
  people: z.array(personSchema),
});

/** One office held from `from` until `to` (the first day out of office; null while in office). */
export interface Term {
  role: string;
  country: string | null;
  sector: Sector;
  from: string;
  /** The first day out of office, null while in office. */
  to: string | null;
}

/** A person the knowledge names, with their offices, earliest first. */
export interface KnownPerson {
  name: string;
  terms: Term[];
}

export interface PeopleIndex {
  /** Names and aliases, matched on tokens ("Barack Obama", "Obama"). */
  names: PhraseIndex<KnownPerson>;
}

type PersonEntry = z.infer<typeof personSchema>;

/** A file entry's offices: its `terms` (each taking the entry's country and sector unless it names its own), or its one flat office. */
export function termsOf(p: PersonEntry): Term[] {
  if (!p.terms) return [{ role: p.role!, country: p.country, sector: p.sector, from: p.from!, to: p.to! }];
  return p.terms.map((t) => ({ role: t.role, country: t.country === undefined ? p.country : t.country, sector: t.sector ?? p.sector, from: t.from, to: t.to }));
}

/** Builds the index of known office-holders. */
export function buildPeople(data: z.infer<typeof peopleSchema>): PeopleIndex {
  const names = new PhraseIndex<KnownPerson>();
  for (const p of data.people) {
    const person: KnownPerson = { name: p.name, terms: termsOf(p) };
    names.add(p.name, person);
    for (const a of p.aliases ?? []) names.add(a, person);
  }
  return { names };
}

/**
 * The actor a known person is on `published` (YYYY-MM-DD):
 * - in office: that office's country and sector (of the latest-started office when two overlap);
 * - out of office after holding one (between terms or after the last): the country of the office
 *   last left, as a former office-holder (ELI);
 * - before their first office: that office's country with no sector, for they do not yet act for
 *   the state ("Trump" in a 2015 campaign story is American, not yet the government);
 * - with no date: the latest office, as if in it.
 * @example actorOn(obama, '2025-09-14') // { country: 'USA', sector: 'ELI' }
 * @example actorOn(medvedev, '2015-01-01') // { country: 'RUS', sector: 'GOV' } (Prime Minister 2012-2020)
 */
export function actorOn(p: KnownPerson, published: string | null): { country: string | null; sector: Sector | null } {
  const terms = p.terms;
  const latest = terms[terms.length - 1]!;
  if (published === null) return { country: latest.country, sector: latest.sector };
  let covering: Term | null = null;
  let left: Term | null = null;
  for (const t of terms) {
    if (t.from > published) continue;
    if (t.to === null || published < t.to) covering = t;
    else if (left === null || t.to >= left.to!) left = t;
  }
  if (covering) return { country: covering.country, sector: covering.sector };
  if (left) return { country: left.country, sector: 'ELI' };
  return { country: terms[0]!.country, sector: null };
}
