// Loads Dyad's knowledge (countries, titles, organisations, people, CAMEO, event patterns, currencies, FIPS codes) from data files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DyadError } from '../errors.js';
import { buildCameo, cameoSchema, type CameoTable } from './cameo.js';
import { buildCountries, countriesSchema, type CountryIndex } from './countries.js';
import { buildCurrencies, currenciesSchema, type CurrencyTable } from './currencies.js';
import { buildFips, fipsSchema, type FipsTable } from './fips.js';
import { buildSports, sportsSchema, type SportsWords } from './sports.js';
import { buildIntents, buildRefusals, intentsSchema, type IntentOf } from './intents.js';
import { buildPatterns, patternsSchema, type EventPattern } from './patterns.js';
import type { CompiledDictionary } from './petrarch/compile.js';
import { buildOrganizations, organizationsSchema, type OrganizationIndex } from './organizations.js';
import { buildPeople, peopleSchema, type PeopleIndex } from './people.js';
import { buildTitles, titlesSchema, type TitleIndex } from './titles.js';

export interface Knowledge {
  countries: CountryIndex;
  titles: TitleIndex;
  organizations: OrganizationIndex;
  people: PeopleIndex;
  cameo: CameoTable;
  patterns: EventPattern[];
  intentOf: IntentOf;
  /** The refusal code of a cooperative act announced with "not" ("will not accept refugees" → 1223). */
  refusalOf: IntentOf;
  currencies: CurrencyTable;
  /** ISO alpha-3 → FIPS 10-4, the country codes of GDELT's place columns ("DEU" → "GM"); look up with `fipsOf`. */
  fips: FipsTable;
  /** Words of sports reporting, and how many make an article a sports report (no political events are coded from one). */
  sports: SportsWords;
  /** A user's PETRARCH dictionaries: when present they code the events (`createExtractor({ dictionary })`). */
  petrarch?: CompiledDictionary;
}

/** The `knowledge/` folder shipped with the package: found from this module upwards, from `src/` or `dist/src/` alike. */
export function defaultKnowledgeDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'knowledge', 'cameo.json'))) {
    const up = resolve(dir, '..');
    if (up === dir) throw new DyadError('KNOWLEDGE_INVALID', `cannot find the knowledge/ folder above ${fileURLToPath(import.meta.url)}; reinstall the package or pass a knowledge directory`);
    dir = up;
  }
  return join(dir, 'knowledge');
}

/**
 * Reads and validates every knowledge file in `dir` (default: the shipped `knowledge/`).
 * A user extends Dyad by editing these files; no rebuild is needed.
 * @throws DyadError KNOWLEDGE_INVALID naming the file and the bad field.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const cameo = buildCameo(readData(dir, 'cameo.json', cameoSchema));
  const intents = readData(dir, 'intent-codes.json', intentsSchema);
  return {
    countries: buildCountries(readData(dir, 'countries.json', countriesSchema)),
    titles: buildTitles(readData(dir, 'titles.json', titlesSchema)),
    organizations: buildOrganizations(readData(dir, 'organizations.json', organizationsSchema)),
    people: buildPeople(readData(dir, 'people.json', peopleSchema)),
    cameo,
    patterns: buildPatterns(readData(dir, 'event-patterns.json', patternsSchema), cameo),
    intentOf: buildIntents(intents, cameo),
    refusalOf: buildRefusals(intents, cameo),
    currencies: buildCurrencies(readData(dir, 'currencies.json', currenciesSchema)),
    fips: buildFips(readData(dir, 'fips-codes.json', fipsSchema)),
    sports: buildSports(readData(dir, 'sports-words.json', sportsSchema)),
  };
}

function readData<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DyadError('KNOWLEDGE_INVALID', `cannot read knowledge file ${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DyadError('KNOWLEDGE_INVALID', `knowledge file ${path} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
