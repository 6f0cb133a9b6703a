// GDELT rows: 61 fields in the codebook's order, GDELT's date forms and codes, empty where Dyad has no value.
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/event-query.js';
import { GDELT_COLUMNS, gdeltLines, gdeltRow } from './gdelt.js';

const ADDED = new Date('2025-05-03T08:15:00Z');

const event = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 7,
  date: '2025-03-13',
  cameo: '040',
  cameoName: 'Consult, not specified below',
  plover: 'CONSULT',
  goldstein: 1,
  quadClass: 1,
  source: { name: 'Mauro Vieira', country: 'BRA', sector: 'GOV', code: 'BRAGOV' },
  target: { name: 'Gerardo Werthein', country: 'ARG', sector: 'GOV', code: 'ARGGOV' },
  amount: null,
  location: null,
  negated: false,
  modality: 'asserted',
  confidence: 0.9,
  numMentions: 3,
  numArticles: 2,
  numSources: 2,
  sources: [
    { id: 'wire-march', url: 'https://wire.example/march', copy: false },
    { id: 'post-march', url: null, copy: false },
  ],
  evidence: 'Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Gerardo Werthein',
  ...over,
});

/** A row read back by GDELT's column names. */
const byColumn = (row: string): Record<string, string> => {
  const fields = row.split('\t');
  expect(fields).toHaveLength(GDELT_COLUMNS.length);
  return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, fields[i]!]));
};

describe('GDELT_COLUMNS', () => {
  it('lists the 61 columns of the GDELT 2.0 event table in codebook order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(new Set(GDELT_COLUMNS).size).toBe(61);
    expect(GDELT_COLUMNS.slice(0, 7)).toEqual(['GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name']);
    expect(GDELT_COLUMNS.slice(14, 16)).toEqual(['Actor1Type3Code', 'Actor2Code']);
    expect(GDELT_COLUMNS.slice(25, 35)).toEqual(['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    expect(GDELT_COLUMNS.slice(35, 43)).toEqual(['Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID']);
    expect(GDELT_COLUMNS.slice(51, 61)).toEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
  });
});

describe('gdeltRow', () => {
  it('writes a dated meeting between two governments with GDELT dates, actor fields and CAMEO codes', () => {
    expect(byColumn(gdeltRow(event(), ADDED))).toMatchObject({
      GlobalEventID: '7',
      Day: '20250313',
      MonthYear: '202503',
      Year: '2025',
      // March 13 is day 72: 72 / 365 = 0.19726…
      FractionDate: '2025.1973',
      Actor1Code: 'BRAGOV',
      Actor1Name: 'MAURO VIEIRA',
      Actor1CountryCode: 'BRA',
      Actor1Type1Code: 'GOV',
      Actor2Code: 'ARGGOV',
      Actor2Name: 'GERARDO WERTHEIN',
      Actor2CountryCode: 'ARG',
      Actor2Type1Code: 'GOV',
      EventCode: '040',
      EventBaseCode: '040',
      EventRootCode: '04',
      QuadClass: '1',
      GoldsteinScale: '1',
      NumMentions: '3',
      NumSources: '2',
      NumArticles: '2',
      DATEADDED: '20250503081500',
      SOURCEURL: 'https://wire.example/march',
    });
  });

  it('leaves empty what Dyad does not know: groups, religions, root-event flag, tone, and every place of an event with none', () => {
    const row = byColumn(gdeltRow(event(), ADDED));
    const empty = GDELT_COLUMNS.filter((c) => /KnownGroup|Ethnic|Religion|Type[23]Code|IsRootEvent|AvgTone|Geo_/.test(c));
    expect(empty).toHaveLength(2 * 6 + 2 + 3 * 8);
    for (const column of empty) expect(row[column], column).toBe('');
  });

  it("writes where the event happened: GDELT's geo type, the full name, FIPS country codes (not ISO), no coordinates", () => {
    const city = byColumn(gdeltRow(event({ location: { name: 'Addis Ababa', country: 'ETH', kind: 'city' } }), ADDED));
    expect(city).toMatchObject({ ActionGeo_Type: '4', ActionGeo_FullName: 'Addis Ababa, Ethiopia', ActionGeo_CountryCode: 'ET', ActionGeo_ADM1Code: '', ActionGeo_Lat: '', ActionGeo_Long: '' });
    const country = byColumn(gdeltRow(event({ location: { name: 'Germany', country: 'DEU', kind: 'country' } }), ADDED));
    expect(country).toMatchObject({ ActionGeo_Type: '1', ActionGeo_FullName: 'Germany', ActionGeo_CountryCode: 'GM', ActionGeo_ADM1Code: 'GM' });
    const state = byColumn(gdeltRow(event({ location: { name: 'Texas', country: 'USA', kind: 'region' } }), ADDED));
    expect(state).toMatchObject({ ActionGeo_Type: '2', ActionGeo_FullName: 'Texas, United States', ActionGeo_CountryCode: 'US' });
    const unknown = byColumn(gdeltRow(event({ location: { name: 'Kisumu', country: null, kind: 'place' } }), ADDED));
    expect(unknown).toMatchObject({ ActionGeo_Type: '4', ActionGeo_FullName: 'Kisumu', ActionGeo_CountryCode: '' });
    for (const column of GDELT_COLUMNS.filter((c) => /^Actor[12]Geo_/.test(c))) expect(city[column], column).toBe('');
  });

  it('splits a four-digit code into its base and root codes', () => {
    expect(byColumn(gdeltRow(event({ cameo: '0871', quadClass: 2, goldstein: 9.2 }), ADDED))).toMatchObject({ EventCode: '0871', EventBaseCode: '087', EventRootCode: '08', QuadClass: '2', GoldsteinScale: '9.2' });
  });

  it('writes a month-only date ("in May") as the first of the month', () => {
    expect(byColumn(gdeltRow(event({ date: '2025-05' }), ADDED))).toMatchObject({ Day: '20250501', MonthYear: '202505', Year: '2025', FractionDate: '2025.3315' });
  });

  it('keeps FractionDate inside its year from January 1 to December 31, leap years too', () => {
    expect(byColumn(gdeltRow(event({ date: '2025-01-01' }), ADDED)).FractionDate).toBe('2025.0027');
    expect(byColumn(gdeltRow(event({ date: '2025-12-31' }), ADDED)).FractionDate).toBe('2025.9999');
    expect(byColumn(gdeltRow(event({ date: '2024-12-31' }), ADDED)).FractionDate).toBe('2024.9999');
  });

  it('leaves the four date fields empty for an undated event', () => {
    expect(byColumn(gdeltRow(event({ date: null }), ADDED))).toMatchObject({ Day: '', MonthYear: '', Year: '', FractionDate: '' });
  });

  it('leaves the ten Actor2 fields empty for an event without a target', () => {
    const row = byColumn(gdeltRow(event({ target: null }), ADDED));
    for (const column of GDELT_COLUMNS.filter((c) => c.startsWith('Actor2') && !c.startsWith('Actor2Geo'))) expect(row[column], column).toBe('');
  });

  it('names the first source by its id when its URL is unknown', () => {
    expect(byColumn(gdeltRow(event({ sources: [{ id: 'wire-may', url: null, copy: false }] }), ADDED)).SOURCEURL).toBe('wire-may');
  });

  it('never lets a tab or line break inside a value split the row', () => {
    const row = gdeltRow(event({ source: { name: 'Mauro\tVieira\r\nJr', country: 'BRA', sector: 'GOV', code: 'BRAGOV' } }), ADDED);
    expect(row).not.toMatch(/[\r\n]/);
    expect(byColumn(row).Actor1Name).toBe('MAURO VIEIRA JR');
  });
});

describe('gdeltLines', () => {
  it('writes one line per event and no header, every line with the same DATEADDED', async () => {
    async function* two() {
      yield event();
      yield event({ id: 8, cameo: '173' });
    }
    const lines: string[] = [];
    for await (const line of gdeltLines(two(), ADDED)) lines.push(line);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n') && l.split('\t').length === 61)).toBe(true);
    expect(lines.map((l) => byColumn(l.slice(0, -1))).map((r) => [r.GlobalEventID, r.EventRootCode, r.DATEADDED])).toEqual([
      ['7', '04', '20250503081500'],
      ['8', '17', '20250503081500'],
    ]);
  });
});
