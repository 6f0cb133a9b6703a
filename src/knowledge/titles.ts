// Titles and offices ("Secretary of State" → GOV, "army chief" → MIL) and honorifics, from titles.json.
import { z } from 'zod';
import type { Sector } from '../document/document.js';
import { PhraseIndex } from './phrase-index.js';
import { alpha3Schema, sectorSchema } from './sector.js';

export const titlesSchema = z.object({
  $comment: z.string().optional(),
  honorifics: z.array(z.string().min(1)),
  titles: z.array(
    z.object({
      title: z.string().min(1),
      sector: sectorSchema.nullable(),
      country: alpha3Schema.optional(),
      aliases: z.array(z.string().min(1)).optional(),
      modifiers: z.array(z.string().min(1)).optional(),
      generic: z.boolean().optional(),
      example: z.string().optional(),
    }),
  ),
});

export interface TitleInfo {
  /** The office's canonical name: "Chief of Army Staff" for "army chief". */
  role: string;
  sector: Sector | null;
  country: string | null;
  /** A kind of person rather than one office ("official"): refers back by sector and country. */
  generic: boolean;
}

export interface TitleIndex {
  phrases: PhraseIndex<TitleInfo>;
  honorifics: Set<string>;
}

/** Builds the title index: each title, its aliases and its '<modifier> <title>' forms. */
export function buildTitles(data: z.infer<typeof titlesSchema>): TitleIndex {
  const phrases = new PhraseIndex<TitleInfo>();
  for (const t of data.titles) {
    const info = { role: t.title, sector: t.sector, country: t.country ?? null, generic: t.generic ?? false };
    phrases.add(t.title, info);
    for (const a of t.aliases ?? []) phrases.add(a, info);
    for (const m of t.modifiers ?? []) phrases.add(`${m} ${t.title}`, { ...info, role: `${m} ${t.title}` });
  }
  return { phrases, honorifics: new Set(data.honorifics.map((h) => h.toLowerCase())) };
}
