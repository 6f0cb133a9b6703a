// Stored events as rows of the GDELT 2.0 event table: 61 tab-separated fields in the codebook's order, no header.
import { fipsOf, type FipsTable } from '../knowledge/fips.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { dateWindow } from '../merge/date-window.js';
import type { StoredActor, StoredEvent } from '../store/event-query.js';

const actorColumns = (n: 1 | 2) =>
  ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `Actor${n}${c}`);
const geoColumns = (prefix: 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo') =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${prefix}_${c}`);

/** The GDELT 2.0 event table's columns, in the order of GDELT's event codebook (V2.0). */
export const GDELT_COLUMNS: readonly string[] = [
  ...['GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate'],
  ...actorColumns(1),
  ...actorColumns(2),
  ...['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone'],
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  ...['DATEADDED', 'SOURCEURL'],
];

type Field = string | number | null;

/** A field as GDELT writes it: empty for null, and never a tab or line break inside (they would split the row). */
const gdeltField = (value: Field): string => (value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' '));

const compact = (isoDay: string): string => isoDay.replace(/-/g, '');

/** Day of the year, 1 for January 1. */
const dayOfYear = (isoDay: string): number => (Date.parse(`${isoDay}T00:00:00Z`) - Date.parse(`${isoDay.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000 + 1;

/** Day, MonthYear, Year and FractionDate of an event date; all empty when the event is undated. */
function dateFields(date: string | null): Field[] {
  // A coarser date ("2025-07" from "in July", "2025-W37", "2025") is written as its first day: GDELT's Day is always a whole date.
  const first = date === null ? null : (dateWindow(date)?.lo ?? null);
  if (first === null) return [null, null, null, null];
  const year = Number(first.slice(0, 4));
  // GDELT's YYYY.FFFF: the share of the year gone by that day, kept inside the year (0 to 0.9999) on December 31.
  const fraction = Math.min(dayOfYear(first) / 365, 0.9999);
  return [compact(first), compact(first).slice(0, 6), year, (year + fraction).toFixed(4)];
}

/** The ten actor fields: the CAMEO actor code (country + sector, "KENGOV"), the name upper-cased as GDELT writes names, the country, the sector as Type1Code. */
function actorFields(a: StoredActor | null): Field[] {
  // Dyad's countries are ISO 3166-1 alpha-3, which CAMEO's country codes follow for nearly all countries. Dyad knows no group, ethnicity or religion.
  return [a?.code ?? null, a?.name?.toUpperCase() ?? null, a?.country ?? null, null, null, null, null, a?.sector ?? null, null, null];
}

/** What the place columns need from the knowledge: FIPS 10-4 codes and country names, by ISO alpha-3. */
export interface GdeltPlaces {
  fips: FipsTable;
  countryNames: ReadonlyMap<string, string>;
}

let shipped: GdeltPlaces | null = null;

/** The shipped knowledge's FIPS codes and country names, loaded once. */
export function shippedPlaces(): GdeltPlaces {
  if (!shipped) {
    const kb = loadKnowledge();
    shipped = { fips: kb.fips, countryNames: kb.countries.names };
  }
  return shipped;
}

/** GDELT's geo type: 1 a country, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a state or province elsewhere; a place of unknown kind is written as a city. */
function geoType(kind: string, country: string | null): number {
  if (kind === 'country') return 1;
  const us = country === 'USA';
  if (kind === 'region') return us ? 2 : 5;
  return us ? 3 : 4;
}

/**
 * The eight ActionGeo fields of where the event happened: type, full name ("Addis Ababa, Ethiopia"), FIPS country code,
 * and ADM1 code (the country's own for a whole country, as GDELT writes it); Dyad keeps no ADM2, coordinates or feature id.
 */
function actionGeoFields(e: StoredEvent, places: GdeltPlaces): Field[] {
  const place = e.location;
  if (!place) return Array<null>(8).fill(null);
  const countryName = place.country ? (places.countryNames.get(place.country) ?? null) : null;
  const fullName = place.kind === 'country' || countryName === null ? place.name : `${place.name}, ${countryName}`;
  const fips = fipsOf(places.fips, place.country);
  return [geoType(place.kind, place.country), fullName, fips, place.kind === 'country' ? fips : null, null, null, null, null];
}

/** YYYYMMDDHHMMSS in UTC, as GDELT's DATEADDED. */
const gdeltTimestamp = (at: Date): string => at.toISOString().slice(0, 19).replace(/\D/g, '');

/**
 * One event as a GDELT 2.0 event-table row (no line break), fields in `GDELT_COLUMNS` order.
 * GlobalEventID is the store's event id; IsRootEvent, AvgTone and the actors' geo fields are empty (Dyad does not keep them);
 * the ActionGeo fields tell where the event happened when a report names the place (`places` gives FIPS codes and country names);
 * EventBaseCode and EventRootCode are the first three and two digits of the CAMEO code.
 * DATEADDED is `addedAt` (default: now): the store keeps no time for when an event was merged, so it is the time of the export.
 * SOURCEURL is the first reporting document's URL, else its id.
 * @example gdeltRow(event, new Date('2025-05-03T08:00:00Z')).split('\t')[26] // '040'
 */
export function gdeltRow(e: StoredEvent, addedAt: Date = new Date(), places: GdeltPlaces = shippedPlaces()): string {
  const first = e.sources[0];
  return [
    e.id,
    ...dateFields(e.date),
    ...actorFields(e.source),
    ...actorFields(e.target),
    null,
    e.cameo,
    e.cameo.slice(0, 3),
    e.cameo.slice(0, 2),
    e.quadClass,
    e.goldstein,
    e.numMentions,
    e.numSources,
    e.numArticles,
    null,
    ...Array<null>(2 * 8).fill(null),
    ...actionGeoFields(e, places),
    gdeltTimestamp(addedAt),
    first ? (first.url ?? first.id) : null,
  ]
    .map(gdeltField)
    .join('\t');
}

/**
 * Lines of a GDELT event file: one row per event, each ending in a newline, and no header (GDELT files have none).
 * Every row gets the same DATEADDED, `addedAt` (default: now).
 * @example for await (const line of gdeltLines(events)) await sink.write(line)
 */
export async function* gdeltLines(events: AsyncIterable<StoredEvent>, addedAt: Date = new Date(), places: GdeltPlaces = shippedPlaces()): AsyncGenerator<string> {
  for await (const e of events) yield `${gdeltRow(e, addedAt, places)}\n`;
}
