// Tests for FIPS 10-4 codes: the shipped table loads, differs from ISO alpha-2 where FIPS does, and a bad file is refused by entry.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFips, fipsOf } from './fips.js';
import { defaultKnowledgeDir, loadKnowledge } from './knowledge.js';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'dyad-fips-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface FipsFile {
  $comment: string;
  shared: Record<string, string>;
  codes: Record<string, string>;
}
const shipped = (): FipsFile => JSON.parse(readFileSync(join(defaultKnowledgeDir(), 'fips-codes.json'), 'utf8')) as FipsFile;

/** Loads the knowledge folder with fips-codes.json replaced by `file`. */
function loadWith(file: unknown) {
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  writeFileSync(join(dir, 'fips-codes.json'), JSON.stringify(file));
  return loadKnowledge(dir);
}

describe('FIPS 10-4 codes', () => {
  const kb = loadKnowledge();

  it('loads the shipped table into kb.fips', () => {
    expect(kb.fips.size).toBeGreaterThan(240);
    expect(fipsOf(kb.fips, 'USA')).toBe('US');
  });

  it('maps countries whose FIPS code differs from ISO alpha-2 to the FIPS code', () => {
    const differing: Record<string, string> = {
      DEU: 'GM', GBR: 'UK', CHN: 'CH', RUS: 'RS', ISR: 'IS', IRQ: 'IZ', JPN: 'JA', KOR: 'KS', PRK: 'KN',
      AUT: 'AU', AUS: 'AS', ESP: 'SP', SWE: 'SW', CHE: 'SZ', CHL: 'CI', TCD: 'CD', COD: 'CG', COG: 'CF',
      LBN: 'LE', LBR: 'LI', MAR: 'MO', MNG: 'MG', NGA: 'NI', NER: 'NG', NIC: 'NU', PRY: 'PA', PAN: 'PM',
      PHL: 'RP', PRT: 'PO', SDN: 'SU', SSD: 'OD', SGP: 'SN', SEN: 'SG', TUR: 'TU', UKR: 'UP', VNM: 'VM',
      YEM: 'YM', ZAF: 'SF', ZMB: 'ZA', ZWE: 'ZI', SRB: 'RI', MNE: 'MJ', MMR: 'BM', BGD: 'BG', LKA: 'CE',
    };
    for (const [alpha3, fips] of Object.entries(differing)) expect(fipsOf(kb.fips, alpha3), alpha3).toBe(fips);
  });

  it('keeps FIPS codes that equal ISO alpha-2: Pakistan PK, India IN, Kenya KE, Ethiopia ET, Somalia SO', () => {
    expect(['PAK', 'IND', 'KEN', 'ETH', 'SOM'].map((c) => fipsOf(kb.fips, c))).toEqual(['PK', 'IN', 'KE', 'ET', 'SO']);
  });

  it('writes the Palestinian territories as the West Bank (WE), and Kosovo as KV under both of its Dyad codes', () => {
    expect(fipsOf(kb.fips, 'PSE')).toBe('WE');
    expect(fipsOf(kb.fips, 'XKK')).toBe('KV');
    expect(fipsOf(kb.fips, 'UNK')).toBe('KV');
  });

  it('gives null for no country and for a country FIPS has no one code for', () => {
    expect(fipsOf(kb.fips, null)).toBeNull();
    expect(fipsOf(kb.fips, undefined)).toBeNull();
    expect(fipsOf(kb.fips, 'UMI')).toBeNull();
  });

  it('every key is an alpha-3 Dyad knows, from i18n-iso-countries or world-countries', () => {
    const iso = require('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> };
    const world = require('world-countries') as { cca3: string }[];
    const known = new Set([...Object.keys(iso.getAlpha3Codes()), ...world.map((c) => c.cca3)]);
    for (const alpha3 of kb.fips.keys()) expect(known.has(alpha3), alpha3).toBe(true);
  });

  it('codes Kosovo as Dyad finds it: "Kosovo" is XKK, "Pristina" UNK, and both are KV', () => {
    for (const word of ['Kosovo', 'Pristina']) expect(fipsOf(kb.fips, kb.countries.words.get(word)?.code), word).toBe('KV');
  });

  it('every value is two upper-case letters', () => {
    for (const [alpha3, fips] of kb.fips) expect(fips, alpha3).toMatch(/^[A-Z]{2}$/);
  });

  it('no two alpha-3 codes share a FIPS code but those "shared" explains, and the comment names them', () => {
    const file = shipped();
    const byFips = new Map<string, string[]>();
    for (const [alpha3, fips] of Object.entries(file.codes)) byFips.set(fips, [...(byFips.get(fips) ?? []), alpha3]);
    const sharedCodes = [...byFips].filter(([, list]) => list.length > 1);
    expect(Object.fromEntries(sharedCodes)).toEqual({ KV: ['UNK', 'XKK'] });
    for (const [fips, list] of sharedCodes) for (const alpha3 of list) expect(file.shared[fips], fips).toContain(alpha3);
  });

  it('refuses a lower-case FIPS code, naming the entry', () => {
    const file = shipped();
    file.codes.DEU = 'gm';
    expect(() => loadWith(file)).toThrow(/fips-codes\.json is invalid at codes\.DEU: a FIPS 10-4 code: two upper-case letters/);
  });

  it('refuses a three-letter FIPS code, naming the entry', () => {
    const file = shipped();
    file.codes.KEN = 'KEN';
    expect(() => loadWith(file)).toThrow(/fips-codes\.json is invalid at codes\.KEN: a FIPS 10-4 code/);
  });

  it('refuses a key that is not an alpha-3 code, naming it', () => {
    const file = shipped();
    file.codes.deu = 'GM';
    delete file.codes.DEU;
    expect(() => loadWith(file)).toThrow(/invalid at codes\.deu: "deu" is not an ISO 3166-1 alpha-3 code/);
  });

  it('refuses two countries with one FIPS code unless "shared" says why, naming both', () => {
    expect(() => buildFips({ codes: { NER: 'NG', NGA: 'NG' } })).toThrow(/gives the FIPS code NG to NER and NGA/);
    expect(buildFips({ codes: { NER: 'NG', NGA: 'NG' }, shared: { NG: 'a test' } }).get('NGA')).toBe('NG');
    expect(() => buildFips({ codes: { NER: 'NG' }, shared: { NG: 'stale' } })).toThrow(/explains under "shared" the FIPS code NG, which no two countries hold/);
  });
});
