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

  it('codes office-holders the people list names, at home or abroad: "William Ruto met Abiy Ahmed"', () => {
    expect(codes(read('William Ruto met Abiy Ahmed in Nairobi on Tuesday.', '2024-05-14'))).toEqual(['KENGOV>ETHGOV 040']);
    expect(codes(read('Tinubu met Ramaphosa in Abuja on Wednesday.', '2024-02-07'))).toEqual(['NGAGOV>ZAFGOV 040']);
    expect(codes(read('Sheinbaum telephoned Lula on Friday.', '2025-02-07'))).toEqual(['MEXGOV>BRAGOV 041']);
    expect(codes(read('Araghchi met Grossi in Tehran on Tuesday.', '2025-04-16'))).toEqual(['IRNGOV>IGO 040']);
  });

  it('codes a titled office-holder\'s country from the people list: "President William Ruto"', () => {
    const r = read('President William Ruto accused Somali militants of attacking Kenyan troops.', '2024-05-14');
    expect(codes(r)[0]).toMatch(/^KENGOV>/);
  });

  it('codes a person of several terms by the office held on the date: Netanyahu in office, out of it, and back', () => {
    const at = (published: string) => codes(read('Netanyahu criticised Iran on Monday.', published));
    expect(at('1998-03-10')).toEqual(['ISRGOV>IRN 111']);
    expect(at('2007-03-10')).toEqual(['ISRELI>IRN 111']);
    expect(at('2012-03-10')).toEqual(['ISRGOV>IRN 111']);
    expect(at('2022-03-10')).toEqual(['ISRELI>IRN 111']);
    expect(at('2024-03-10')).toEqual(['ISRGOV>IRN 111']);
  });

  it('takes a role noun\'s country from "of": "freed the mayor of the Palestinian town"', () => {
    expect(codes(read('Israel on Tuesday freed the mayor of the Palestinian town of Hebron.'))).toEqual(['ISR>PSEGOV 084']);
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
    expect(codes(read('Somali rebels have abducted up to 12 Kenyan engineers.'))).toEqual(['SOMREB>KEN 181']);
  });
});

describe('event coder: reported speech, refusals, statements and coordination (issue 3)', () => {
  it('codes "Z said X attacked Y" as X\'s attack and, beside it, Z\'s accusation of X (112)', () => {
    expect(codes(read('The Kenyan army said Somali militants attacked Kenyan police in Mandera.'))).toEqual(['SOMREB>KENCOP 190', 'KENMIL>SOMREB 112']);
  });

  it('codes "Z said they shelled Y" as Z\'s own act and its claim of responsibility (015)', () => {
    expect(codes(read('The Eritrean rebels said they shelled Ethiopian army posts near Badme.'))).toEqual(['ERIREB>ETH 194', 'ERIREB>ETH 015']);
  });

  it('finds the speaker past an aside with a relative clause: "Amnesty International, a group that tracks abuses, said"', () => {
    expect(codes(read('Amnesty International, a group that tracks abuses, said Kenyan police killed two protesters.'))).toEqual(['KENCOP>CVL 190', 'NGO>KENCOP 112']);
  });

  it('lets an outlet report without accusing: "Somali state media said Kenyan troops shelled a village"', () => {
    expect(codes(read('Somali state media said Kenyan troops shelled a village near Kismayo.'))).toEqual(['KENMIL>undefined 194']);
  });

  it('codes an announced refusal as a rejection: "would not lift the sanctions on Eritrea" → 1244', () => {
    expect(codes(read('Kenya said it would not lift the sanctions on Eritrea.'))).toEqual(['KEN>ERI 1244']);
  });

  it('keeps the act a statement tells of: "claimed responsibility for an attack killing 12 Kenyan soldiers" → 015 and 190', () => {
    expect(codes(read('Al-Shabaab claimed responsibility for an attack killing 12 Kenyan soldiers.'))).toEqual(['SOMREB>KENMIL 015', 'SOMREB>KENMIL 190']);
  });

  it('codes every pair of "X, Y, and Z met" and reads "X and the Y"', () => {
    expect(codes(read('Kenya, Uganda, and Tanzania met in Arusha.'))).toHaveLength(6);
    expect(codes(read('Brazil and the United States signed a trade pact on Monday.'))).toEqual(['BRA>USA 057', 'USA>BRA 057']);
  });

  it('takes a group\'s country from "from": "three exiled dissidents from Egypt"', () => {
    const r = read('Kenyan police arrested three exiled dissidents from Egypt in Nairobi.');
    expect(codes(r)).toEqual(['KENCOP>EGYOPP 173']);
  });

  it('reads "an air raid by government troops" with the noun that describes the forces', () => {
    expect(codes(read('Six farmers were killed in an air raid by government troops near the border.'))).toEqual(['MIL>CVL 190']);
  });
});
