// Event coding beyond the reader's first patterns: known office-holders, role nouns with "of", more CAMEO verbs. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { extract, type EventRecord } from '../src/index.js';

const read = (text: string, published: string | null = '2015-06-10'): EventRecord => extract({ id: 't', text, published });
const codes = (r: EventRecord) => r.events.filter((e) => e.modality === 'asserted' && !e.negated).map((e) => `${e.source.code}>${e.target?.code} ${e.cameo}`);

describe('event coder', () => {
  it('codes office-holders named without a title from the people list: "Obama met Putin"', () => {
    expect(codes(read('Obama met Putin in Geneva on Tuesday.'))).toEqual(['USAGOV>RUSGOV 040']);
  });

  it('codes a former office-holder as elite (ELI) after the term ends', () => {
    const r = read('Obama praised Kenya on Tuesday.', '2019-03-01');
    expect(codes(r)).toEqual(['USAELI>KEN 051']);
  });

  it('takes a role noun\'s country from "of": "released the mayor of the northern West Bank city"', () => {
    expect(codes(read('Israel on Wednesday released the mayor of the northern West Bank city of Jenin.'))).toEqual(['ISR>PSEGOV 084']);
  });

  it('codes "engaged X in a firefight" as small-arms fighting (193)', () => {
    expect(codes(read('Kenyan troops engaged Somali militants in a firefight on Monday.'))).toEqual(['KENMIL>SOMREB 193']);
  });

  it('codes "refused to meet" as rejecting a meeting (125)', () => {
    expect(codes(read('Caracas refused to meet the Colombian envoy on Friday.'))).toEqual(['VEN>COLGOV 125']);
  });

  it('does not code a gerund after a preposition as the subject\'s act: "accused X of killing civilians"', () => {
    expect(codes(read('Kenya accused Somali militants of killing civilians.'))).toEqual(['KEN>SOMREB 112']);
  });

  it('gives a reported pronoun subject to the speaker: "Kenya said it invested $10 million in Uganda"', () => {
    expect(codes(read('Kenya said it invested $10 million in Uganda.'))).toEqual(['KEN>UGA 061']);
  });

  it('codes a protest where it happens: "Students demonstrated in Tbilisi" → 141 against Georgia', () => {
    expect(codes(read('Hundreds of Georgian students demonstrated in Tbilisi on Sunday.'))).toEqual(['GEOCVL>GEO 141']);
  });

  it('reads a target after "up to": "kidnapped up to 16 Russian advisers"', () => {
    expect(codes(read('Afghan rebels have kidnapped up to 16 Russian advisers.'))).toEqual(['AFGREB>RUS 181']);
  });
});
