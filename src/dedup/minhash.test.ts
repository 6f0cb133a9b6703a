import { describe, expect, it } from 'vitest';
import { DyadError } from '../errors.js';
import {
  BANDS,
  bandKeys,
  NEAR_DUPLICATE_THRESHOLD,
  PERMUTATIONS,
  ROWS_PER_BAND,
  SIGNATURE_BYTES,
  signature,
  signatureFromBuffer,
  signatureToBuffer,
  similarity,
} from './minhash.js';

// Invented stories, written for these tests.
const HEADLINE = 'Kenya and Ethiopia agree to speed up border power line';
const BODY = [
  'NAIROBI, March 3 (Dyad Wire) - Kenyan Foreign Minister Grace Wanjiru held talks with Ethiopian Foreign Minister Abebe Tessema in Nairobi on Tuesday, and the two sides agreed to speed up work on a power line linking their grids.',
  'The ministers signed a memorandum of understanding under which Ethiopia will sell up to 400 megawatts of hydropower to Kenya from next year, the Kenyan foreign ministry said in a statement after the meeting.',
  'Wanjiru told reporters that the line, which runs for more than 1,000 kilometres from the Ethiopian highlands to the outskirts of Nairobi, would cut the cost of electricity for households and factories across the region.',
  'Tessema praised Kenya for its role in mediating between rival factions in South Sudan and said his government wanted to expand trade with its southern neighbour beyond coffee, livestock and electricity.',
  'The two countries also discussed security along their shared frontier, where cattle raids and clashes between herding communities have killed dozens of people since January, officials said.',
  'Ethiopia has been building new transmission lines to sell power to Djibouti, Sudan and Tanzania as a giant dam on the Blue Nile comes fully on stream, a project that Egypt has long opposed.',
  'Kenyan officials said a joint technical committee would meet in Addis Ababa next month to agree on a tariff, and that the first electricity could flow across the border before the end of the year.',
].join('\n');
const ARTICLE = `${HEADLINE}\n\n${BODY}`;

/** A different story on the same pair, written in the same wire style and shape. */
const OTHER_ARTICLE = [
  'Ethiopia and Kenya sign deal on cross-border rail link',
  '',
  'ADDIS ABABA, June 12 (Dyad Wire) - Ethiopian Prime Minister Dawit Alemu received Kenyan President Daniel Kiptoo in Addis Ababa on Thursday, and the two leaders signed a $900 million agreement to build a railway between Moyale and the port of Lamu.',
  'Kiptoo told a joint news conference that the line would give landlocked Ethiopia a second route to the sea and carry up to ten million tonnes of freight a year once it is finished in 2029.',
  'Alemu thanked Nairobi for backing the project at the African Development Bank, which is expected to lend about a third of the cost, according to a statement from his office.',
  'The leaders also agreed to reopen two customs posts closed during the pandemic and to set up a joint force to fight smuggling of fuel and livestock, the Ethiopian foreign ministry said.',
  'Trade between the neighbours has grown quickly since a free trade area came into force, but Kenyan exporters complain of long delays at the only paved crossing.',
  'Kenya will host the next round of talks in Mombasa in September, Kiptoo said.',
].join('\n');

const sharesBandKey = (a: string, b: string): boolean => {
  const keys = new Set(bandKeys(signature(a)));
  return bandKeys(signature(b)).some((key) => keys.has(key));
};

describe('signature', () => {
  it('has 128 slots and is the same for the same text', () => {
    expect(signature(ARTICLE)).toHaveLength(PERMUTATIONS);
    expect(signature(ARTICLE)).toEqual(signature(ARTICLE));
  });

  it('keeps its values across processes and versions (a changed hash or seed breaks stored signatures)', () => {
    // Computed once from this text; if this fails, every stored signature and band key must be recomputed.
    expect(Array.from(signature(ARTICLE).slice(0, 4))).toEqual([12909327, 16232190, 3782697, 89958890]);
    expect(bandKeys(signature(ARTICLE)).slice(0, 2)).toEqual(['b00:d9570f35', 'b01:26548a33']);
  });

  it('ignores case and punctuation', () => {
    expect(signature('Kenya, Ethiopia sign a power deal!')).toEqual(signature('kenya ethiopia sign a power deal'));
  });

  it('reads words in any script', () => {
    expect(similarity(signature('Зеленский встретился с Макроном в Париже'), signature('Зеленский встретился с Эрдоганом в Анкаре'))).toBeLessThan(0.5);
  });

  it('uses the words a text has when it has fewer than five', () => {
    expect(similarity(signature('Talks resume'), signature('talks resume.'))).toBe(1);
    expect(similarity(signature('Talks resume'), signature('Talks stall'))).toBe(0);
  });

  it('gives every wordless text one signature that matches no text with words', () => {
    expect(signature('')).toEqual(signature(' -- !'));
    expect(similarity(signature(''), signature('Talks resume'))).toBe(0);
  });
});

describe('near duplicates', () => {
  const copies: Array<[string, string]> = [
    ['a changed headline', ARTICLE.replace(HEADLINE, 'Ethiopia to sell hydropower to Kenya under new border deal')],
    ['one sentence edited', ARTICLE.replace('cut the cost of electricity for households and factories across the region', 'lower power bills for millions of homes and firms in East Africa')],
    ['a trailing "Reporting by" line', `${ARTICLE}\nReporting by Amina Otieno; Editing by Paul Grant`],
    ['another outlet\'s dateline', ARTICLE.replace('(Dyad Wire)', '(Coastal Post)')],
  ];

  it.each(copies)('finds a copy with %s similar and sharing a band key', (_change, copy) => {
    expect(similarity(signature(ARTICLE), signature(copy))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(sharesBandKey(ARTICLE, copy)).toBe(true);
  });

  it('keeps two different stories on the same pair, in the same style, apart', () => {
    expect(similarity(signature(ARTICLE), signature(OTHER_ARTICLE))).toBeLessThan(0.5);
    expect(sharesBandKey(ARTICLE, OTHER_ARTICLE)).toBe(false);
  });
});

describe('bandKeys', () => {
  const candidateChance = (jaccard: number): number => 1 - (1 - jaccard ** ROWS_PER_BAND) ** BANDS;

  it('is tuned so pairs at Jaccard 0.8 are almost always candidates and pairs under 0.3 rarely', () => {
    expect(BANDS * ROWS_PER_BAND).toBeLessThanOrEqual(PERMUTATIONS);
    expect(candidateChance(0.8)).toBeGreaterThan(0.99);
    expect(candidateChance(0.3)).toBeLessThan(0.05);
  });

  it('gives one short key per band, naming the band', () => {
    const keys = bandKeys(signature(ARTICLE));
    expect(keys).toHaveLength(BANDS);
    keys.forEach((key, band) => expect(key).toMatch(new RegExp(`^b${String(band).padStart(2, '0')}:[0-9a-f]{8}$`)));
  });
});

describe('signature buffers', () => {
  it('round-trips a signature through 512 bytes', () => {
    const sig = signature(ARTICLE);
    const bytes = signatureToBuffer(sig);
    expect(bytes).toHaveLength(SIGNATURE_BYTES);
    expect(signatureFromBuffer(bytes)).toEqual(sig);
  });

  it('reads a signature from a slice of a larger buffer', () => {
    const bytes = Buffer.concat([Buffer.alloc(3), signatureToBuffer(signature(ARTICLE))]).subarray(3);
    expect(signatureFromBuffer(bytes)).toEqual(signature(ARTICLE));
  });

  it('refuses bytes of the wrong size with a STORE error', () => {
    expect(() => signatureFromBuffer(Buffer.alloc(100))).toThrow(DyadError);
    expect(() => signatureFromBuffer(Buffer.alloc(100))).toThrow(/must be 512 bytes, got 100/);
  });
});
