// Tests for pattern parsing, synset expansion, verb forms and dated actor codes, on dictionary lines written here.
import { describe, expect, it } from 'vitest';
import { actorCodes } from './actor-codes.js';
import { expandSynsets, parsePattern } from './pattern.js';
import { plural } from './phrases.js';
import { regularForms, verbSurfaces } from './verb-forms.js';

const synset = (name: string, members: string[]) => ({ name, members, file: 'v.txt', line: 1 });

describe('expandSynsets', () => {
  it('expands nested synsets and adds regular plurals unless the name or member ends in "_"', () => {
    const sets = expandSynsets([synset('&GRAIN', ['WHEAT', 'RYE_', 'SWEET CORN']), synset('&FOOD', ['&GRAIN', 'FISH']), synset('&AUX_', ['WILL'])]);
    expect(sets.get('GRAIN')).toEqual([['WHEAT'], ['WHEATS'], ['RYE'], ['SWEET', 'CORN'], ['SWEET', 'CORNS']]);
    expect(sets.get('FOOD')).toHaveLength(7);
    expect(sets.get('AUX')).toEqual([['WILL']]);
  });
});

describe('parsePattern', () => {
  const sets = expandSynsets([synset('&GRAIN', ['WHEAT'])]);

  it('splits the elements around the verb and marks "_" joins', () => {
    const p = parsePattern('+ HEAVILY_* &GRAIN_TO $', sets);
    expect(p).toMatchObject({
      lower: [{ kind: 'target', joined: false }, { kind: 'word', word: 'HEAVILY', joined: false }],
      verbJoined: true,
      upper: [{ kind: 'synset', name: 'GRAIN', joined: false }, { kind: 'word', word: 'TO', joined: true }, { kind: 'source', joined: false }],
      weight: 5,
    });
  });

  it('reads PETRARCH-2 groupings and a trailing "_" as a join to the next element', () => {
    expect(parsePattern('* (IN_ {SWEET CORN})', sets)).toMatchObject({ upper: [{ word: 'IN' }, { word: 'SWEET', joined: true }, { word: 'CORN', joined: false }] });
  });

  it('says why it cannot use a pattern', () => {
    expect(parsePattern('HEAVILY', sets)).toMatch(/no "\*"/);
    expect(parsePattern('* &OATS', sets)).toMatch(/&OATS, which is not defined/);
  });
});

describe('verb forms', () => {
  it('generates regular inflections', () => {
    expect(regularForms('SHIP')).toEqual(expect.arrayContaining(['SHIPS', 'SHIPPED', 'SHIPPING']));
    expect(regularForms('PRAISE')).toEqual(['PRAISE', 'PRAISES', 'PRAISED', 'PRAISING']);
    expect(regularForms('RALLY')).toEqual(['RALLY', 'RALLIES', 'RALLIED', 'RALLYING']);
    expect(plural('AUTHORITY')).toBe('AUTHORITIES');
  });

  it('inflects the "+" word of a multi-word verb and keeps listed irregular forms', () => {
    const forms = verbSurfaces('WIRE_+TAP', ['WIRE_+TAPPED']).map((s) => `${s.words.join(' ')}@${s.head}`);
    expect(forms).toContain('WIRE TAPS@1');
    expect(forms).toContain('WIRE TAPPED@1');
    expect(verbSurfaces('+BREAK_DOWN', ['BROKE']).map((s) => s.words.join(' '))).toContain('BROKE DOWN');
  });
});

describe('actorCodes', () => {
  const roles = [
    { codes: ['NTH'], from: null, to: null },
    { codes: ['NTHGOV'], from: '2010-01-01', to: '2014-12-31' },
    { codes: ['NTHELI'], from: '2015-01-01', to: null },
  ];

  it('takes the first dated role that holds, limits included, else the default', () => {
    expect(actorCodes(roles, '2010-01-01')).toEqual(['NTHGOV']);
    expect(actorCodes(roles, '2020-03-01')).toEqual(['NTHELI']);
    expect(actorCodes(roles, '2001-03-01')).toEqual(['NTH']);
    expect(actorCodes(roles, null)).toEqual(['NTH']);
    expect(actorCodes(roles.slice(1), null)).toEqual(['NTHELI']);
  });
});
