// Tests for the event scorer on small gold and produced lists written by hand.
import { describe, expect, it } from 'vitest';
import type { GoldSentence } from './gold.js';
import type { EventRecord } from '../../document/record.js';
import { codedEvents, EventScorer, matchOneToOne, prf, splitEvents, type CodedEvent, type PloverOf } from './score.js';

// A tiny CAMEO → PLOVER table for the tests: 04 CONSULT, 19 ASSAULT, 01 has no PLOVER type.
const ploverOf: PloverOf = (c) => ({ '04': 'CONSULT', '19': 'ASSAULT', '05': 'COOPERATE' })[c.slice(0, 2)] ?? null;

const sentence = (id: string, events: [string, string | null, string][], category = 'T'): GoldSentence => ({
  id,
  text: `sentence ${id}`,
  published: null,
  category,
  events: events.map(([source, target, cameo]) => ({ source, target, cameo, plover: null })),
});
const coded = (source: string | null, target: string | null, cameo: string): CodedEvent => ({ source, target, cameo, plover: ploverOf(cameo), label: `${source}→${target} ${cameo}` });

describe('matchOneToOne', () => {
  it('uses each produced item once', () => {
    const m = matchOneToOne(['a', 'a'], ['a'], (g, p) => g === p);
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.goldLeft).toEqual([1]);
    expect(m.producedLeft).toEqual([]);
  });
});

describe('prf', () => {
  it('gives 0 rather than NaN when nothing was produced', () => {
    expect(prf(0, 0, 3)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(1, 2, 2).f1).toBeCloseTo(0.5);
  });
});

describe('EventScorer', () => {
  it('matches on actor countries and root, and on the full code separately', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('a', [['USAGOV', 'CHN', '042']]), [coded('USA', 'CHN', '040')]);
    expect(s.overall).toMatchObject({ gold: 1, produced: 1, rootTp: 1, codeTp: 0, ploverGold: 1, ploverTp: 1 });
  });

  it('pairs several codings one to one, so a duplicate produced event is a false event', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('b', [['BRA', 'USA', '031'], ['USA', 'BRA', '031']]), [coded('BRA', 'USA', '031'), coded('BRA', 'USA', '031')]);
    expect(s.overall).toMatchObject({ gold: 2, produced: 2, rootTp: 1 });
    expect(s.errors[0]!.misses[0]!.errorClass).toBe('source and target swapped');
  });

  it('counts events on a no-event sentence as false events', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('c', []), [coded('RUS', 'USA', '190')]);
    expect(s.overall).toMatchObject({ noEventSentences: 1, gold: 0, produced: 1, rootTp: 0, falseOnNoEvent: 1 });
    expect(s.errorClasses.get('event on a no-event sentence')).toBe(1);
  });

  it('keys unknown gold actors as null, matching only an unknown produced actor', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('d', [['---LEG', 'RUS', '193']]), [coded(null, 'RUS', '190'), coded('USA', 'RUS', '190')]);
    expect(s.overall.rootTp).toBe(1);
  });

  it('keeps per-category tallies beside the overall one', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('e', [['ISR', 'PSE', '190']], 'AFP'), [coded('ISR', 'PSE', '190')]);
    s.add(sentence('f', [['ISR', 'PSE', '190']], 'VERB'), []);
    expect(s.byCategory.get('AFP')!.rootTp).toBe(1);
    expect(s.byCategory.get('VERB')).toMatchObject({ gold: 1, rootTp: 0 });
    expect(s.overall).toMatchObject({ sentences: 2, gold: 2, rootTp: 1 });
    expect(s.errorClasses.get('no event coded for the sentence')).toBe(1);
  });

  it('tells a sentence whose actors were recognised from one where an actor was not', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('i', [['USAGOV', 'IRN', '163']]), [], { actorsFound: new Set(['USA', 'IRN']) });
    s.add(sentence('j', [['USAGOV', 'IRN', '163']]), [], { actorsFound: new Set(['IRN']) });
    expect(s.errors.map((e) => e.misses[0]!.errorClass)).toEqual(['no event coded, actors recognised (no pattern for the event)', 'no event coded, an actor not recognised']);
  });

  it('names a miss that Dyad coded but did not assert', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('k', [['USA', 'ISR', '072']]), [], { withheld: [{ ...coded('USA', 'ISR', '070'), modality: 'future' }] });
    expect(s.errors[0]!.misses[0]!.errorClass).toBe('coded but not asserted (future; the gold counts it)');
    expect(s.overall.rootTp).toBe(0);
  });

  it('names a statement coded in place of the material event', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('g', [['USA', 'IRN', '190']]), [coded('USA', 'IRN', '010')]);
    expect(s.errors[0]!.misses[0]!.errorClass).toBe('statement (01) coded instead of the event');
  });

  it('scores PLOVER type alone, ignoring actors, over gold events that have a type', () => {
    const s = new EventScorer(false, ploverOf);
    const gold: GoldSentence = { id: 'p', text: 'p', published: null, category: 'CONSULT', events: [{ source: 'HUN', target: null, cameo: null, plover: 'CONSULT' }] };
    s.add(gold, [coded('ROU', null, '042'), coded('HUN', null, '010')]);
    expect(s.overall).toMatchObject({ ploverGold: 1, ploverTp: 1, ploverProduced: 1, rootTp: 0 });
    expect(s.errors).toEqual([]);
  });

  it('leaves gold CAMEO 01 statements out of PLOVER accuracy', () => {
    const s = new EventScorer(true, ploverOf);
    s.add(sentence('h', [['USA', 'CHN', '015']]), []);
    expect(s.overall).toMatchObject({ ploverGold: 0, gold: 1 });
  });
});

describe('splitEvents', () => {
  it('counts asserted, non-negated events and withholds the others with their modality', () => {
    const actor = (country: string | null) => ({ entity: 'e', name: 'n', country, sector: null, code: country ?? '' });
    const event = (modality: string, negated: boolean) => ({ source: actor('USA'), target: actor('ISR'), cameo: '072', plover: 'AID', modality, negated, evidence: { sentence: 0, start: 0, end: 1, text: 'x' } });
    const record = { events: [event('asserted', false), event('future', false), event('asserted', true)] } as unknown as EventRecord;
    const { counted, withheld } = splitEvents(record);
    expect(counted).toHaveLength(1);
    expect(withheld.map((e) => e.modality)).toEqual(['future', 'negated']);
    expect(codedEvents(record)[0]).toMatchObject({ source: 'USA', target: 'ISR', cameo: '072' });
  });
});
