// Country words → ISO 3166-1 alpha-3: ISO names (i18n-iso-countries), capitals and demonyms (world-countries), our additions (countries.json).
import { createRequire } from 'node:module';
import { z } from 'zod';
import { PhraseIndex } from './phrase-index.js';
import { alpha3Schema } from './sector.js';

const require = createRequire(import.meta.url);
const alpha3 = alpha3Schema;
const byCountry = z.record(alpha3, z.array(z.string().min(1)));

export const countriesSchema = z.object({
  $comment: z.string().optional(),
  aliases: byCountry,
  demonyms: byCountry,
  capitals: byCountry,
  /** States and provinces that stand for their country as a place: "military exercises in Alaska" are in the USA. */
  subdivisions: byCountry,
  /** Country words that are also common names or words ("Chad", "Jordan"): only a country when nothing around says otherwise. */
  ambiguous: z.array(z.string()),
  ignore: z.array(z.string()),
  /** Words that end a place name: "Red Sea", "Swat Valley". */
  placeHeads: z.array(z.string().min(1)),
  /** Regions and provinces that are places, not countries: "Kashmir", "Middle East". */
  regions: z.array(z.string().min(1)),
});

// "Albanian" → "Albanians", "Iraqi" → "Iraqis"; "Chinese", "French" and "Swiss" have no plural of their own.
const PLURAL_DEMONYM = /(an|i)$/;

/** A demonym and, when it takes one, its plural: the people of a country in news ("Thousands of Nigerians marched"). */
export function demonymForms(demonym: string): string[] {
  return PLURAL_DEMONYM.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

export type CountryWordKind = 'name' | 'capital' | 'subdivision' | 'demonym';

export interface CountryWord {
  code: string;
  kind: CountryWordKind;
  ambiguous: boolean;
}

export interface CountryIndex {
  /** Looks up country words by token sequence ("United States", "U.S.", "Pakistani", "Islamabad"). */
  words: PhraseIndex<CountryWord>;
  /** alpha-3 → a display name ("PAK" → "Pakistan"). */
  names: Map<string, string>;
  placeHeads: PhraseIndex<true>;
  regions: PhraseIndex<true>;
}

interface WorldCountry {
  cca3: string;
  name: { common: string };
  capital: string[];
  independent?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

/** Builds the country index from our additions plus the ISO and world-countries tables. */
export function buildCountries(data: z.infer<typeof countriesSchema>): CountryIndex {
  const iso = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: 'all' }): Record<string, string[]>; alpha2ToAlpha3(a: string): string | undefined };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const world = require('world-countries') as WorldCountry[];
  const ignore = new Set(data.ignore);
  const ambiguous = new Set(data.ambiguous);
  const words = new PhraseIndex<CountryWord>();
  const names = new Map<string, string>();
  const add = (phrase: string, code: string, kind: CountryWordKind) => {
    if (ignore.has(phrase) || phrase.includes(',')) return;
    words.add(phrase, { code, kind, ambiguous: ambiguous.has(phrase) });
  };
  // Our own words first (the first value added for a phrase wins), then ISO names, then
  // world-countries with sovereign states before territories: "French" is France, not the French Southern Territories.
  for (const [code, list] of Object.entries(data.aliases)) for (const n of list) add(n, code, 'name');
  for (const [code, list] of Object.entries(data.capitals)) for (const n of list) add(n, code, 'capital');
  for (const [code, list] of Object.entries(data.subdivisions)) for (const n of list) add(n, code, 'subdivision');
  for (const [code, list] of Object.entries(data.demonyms)) for (const n of list) add(n, code, 'demonym');
  for (const [a2, list] of Object.entries(iso.getNames('en', { select: 'all' }))) {
    const code = iso.alpha2ToAlpha3(a2);
    if (code) for (const n of list) add(n, code, 'name');
  }
  const sovereignFirst = [...world].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of sovereignFirst) {
    names.set(c.cca3, c.name.common);
    add(c.name.common, c.cca3, 'name');
    for (const cap of c.capital) add(cap, c.cca3, 'capital');
    const dem = c.demonyms?.eng;
    if (dem) for (const d of new Set([dem.m, dem.f])) for (const form of demonymForms(d)) add(form, c.cca3, 'demonym');
  }
  const placeHeads = new PhraseIndex<true>();
  for (const h of data.placeHeads) placeHeads.add(h, true);
  const regions = new PhraseIndex<true>();
  for (const r of data.regions) regions.add(r, true);
  return { words, names, placeHeads, regions };
}
