// The PETRARCH dictionary coder end to end, on a small world of our own: Northland, Southmark and the Vell isles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor, loadPetrarchDictionary } from '../../index.js';
import type { CodedActor } from './actor-groups.js';
import { participant } from './stage.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'World.actors.txt'),
  [
    'NORTHLAND [NTH]',
    '+NORTHLANDER',
    'SOUTHMARK [STH]',
    'VELL_ISLES [VEL]',
    'THE_TWIN_PORTS [NTH/STH]',
    'HARALD_OAK',
    '\t[NTHOPP <20100101]',
    '\t[NTHGOV 20100101-20141231]',
    '\t[NTHELI >20150101]',
  ].join('\n'),
);
writeFileSync(join(dir, 'World.agents.txt'), ['POLICE {} [~COP]', 'MINISTER [~GOV]', 'HARBOUR_GUILD [GLD~]'].join('\n'));
writeFileSync(join(dir, 'World.discards.txt'), ['+SNOOKER FINAL', 'CHESS MATCH'].join('\n'));
writeFileSync(
  join(dir, 'World.verbs.txt'),
  [
    '&GRAIN',
    '+WHEAT',
    '+BARLEY_',
    '',
    '--- PRAISE [051] ---',
    'PRAISE',
    '',
    '--- SHIP [070] ---',
    'SHIP',
    '- * &GRAIN TO + [0712]',
    '',
    '--- VISIT [042:043] ---',
    'VISIT',
    '',
    '--- SNUB [---] ---',
    'SNUB',
    '- * INVITATION [125]',
    '- * PETITION [903]',
    '',
    '--- CRITICIZE [111] ---',
    'CRITICIZE',
    '- HEAVILY_* [112]',
  ].join('\n'),
);

const read = createExtractor({ dictionary: loadPetrarchDictionary(dir) });
const codings = (text: string, published = '2012-06-01') => read({ text, published }).events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo}`);

describe('coding with a PETRARCH dictionary', () => {
  it('codes a verb with its block code, the subject as source and the first actor after it as target', () => {
    expect(codings('Northland praised Southmark on Tuesday.')).toEqual(['NTH STH 051']);
  });

  it('prefers a matching pattern, with synset members and their plurals', () => {
    expect(codings('Northland shipped wheat to Southmark.')).toEqual(['NTH STH 0712']);
    expect(codings('Northland shipped wheats to Southmark.')).toEqual(['NTH STH 0712']);
    // "BARLEY_": no plural
    expect(codings('Northland shipped barleys to Southmark.')).toEqual(['NTH STH 070']);
  });

  it('codes nothing for a "---" verb unless a pattern gives a code', () => {
    expect(codings('Northland snubbed Southmark.')).toEqual([]);
    expect(codings('Northland snubbed an invitation from Southmark.')).toEqual(['NTH STH 125']);
  });

  it('holds "_" patterns to adjacent words', () => {
    expect(codings('Northland heavily criticized Southmark.')).toEqual(['NTH STH 112']);
    expect(codings('Northland heavily and loudly criticized Southmark.')).toEqual(['NTH STH 111']);
  });

  it('codes a paired code for the reverse dyad', () => {
    expect(codings('Northland visited Southmark.')).toEqual(['NTH STH 042', 'STH NTH 043']);
  });

  it('gives one event per actor of a compound and of a code block "[NTH/STH]"', () => {
    expect(codings('Northland and the Vell Isles praised Southmark.')).toEqual(['NTH STH 051', 'VEL STH 051']);
    expect(codings('The Twin Ports praised the Vell Isles.')).toEqual(['NTH VEL 051', 'STH VEL 051']);
  });

  it('adds agents to the actor they qualify, before or after its code', () => {
    expect(codings('Northland police praised the Southmark harbour guild.')).toEqual(['NTHCOP GLDSTH 051']);
    expect(codings("Northland's minister praised Southmark.")).toEqual(['NTHGOV STH 051']);
    expect(codings('Ministers of Northland and Southmark praised the Vell Isles.')).toEqual(['NTHGOV VEL 051', 'STHGOV VEL 051']);
  });

  it('resolves date-limited roles on the article date', () => {
    expect(codings('Harald Oak praised Southmark.', '2009-05-01')).toEqual(['NTHOPP STH 051']);
    expect(codings('Harald Oak praised Southmark.', '2012-05-01')).toEqual(['NTHGOV STH 051']);
    expect(codings('Harald Oak praised Southmark.', '2016-05-01')).toEqual(['NTHELI STH 051']);
  });

  it('takes the "by" actor of a passive as the source', () => {
    expect(codings('Southmark was criticized by Northland.')).toEqual(['NTH STH 111']);
  });

  it('drops a sentence with a discard phrase, and the whole story with a "+" one', () => {
    expect(codings('Northland praised Southmark after the chess match. Northland visited Southmark.')).toEqual(['NTH STH 042', 'STH NTH 043']);
    expect(codings('Northland praised Southmark. The snooker final was held in the Vell Isles.')).toEqual([]);
  });

  it('quotes evidence that indexes the input text, and names the dictionary actor and pattern', () => {
    const text = 'On Monday, Northland heavily criticized Southmark.';
    const [e] = read({ text, published: '2012-06-01' }).events;
    expect(text.slice(e!.evidence.start, e!.evidence.end)).toBe(e!.evidence.text);
    expect(e!.evidence.text).toBe('Northland heavily criticized Southmark');
    expect(e).toMatchObject({ source: { country: 'NTH', name: 'NORTHLAND' }, modality: 'asserted', pattern: 'World.verbs.txt:22', date: '2012-05-28' });
  });

  it('records a code the CAMEO table does not know without failing', () => {
    expect(read({ text: 'Northland snubbed a petition from Southmark.' }).events[0]).toMatchObject({ cameo: '903', cameoName: '903 (not a CAMEO code)', plover: null });
  });
});

describe('participant', () => {
  const actor = (code: string) => participant({ code, name: code } as CodedActor);

  it('keeps a dictionary country with its sector, as ISO where CAMEO has its own code', () => {
    expect(actor('NTHGOV')).toMatchObject({ country: 'NTH', sector: 'GOV', code: 'NTHGOV', entity: 'dict:NTHGOV' });
    expect(actor('ROMGOV')).toMatchObject({ country: 'ROU', sector: 'GOV', code: 'ROMGOV' });
    expect(actor('GZSREB')).toMatchObject({ country: 'PSE', sector: 'REB' });
  });

  it('gives no country to international, regional and unknown actors', () => {
    expect(actor('IGOUNO')).toMatchObject({ country: null, sector: 'IGO' });
    expect(actor('MEAREB')).toMatchObject({ country: null, sector: 'REB' });
    expect(actor('---REL')).toMatchObject({ country: null, sector: 'REL' });
  });
});
