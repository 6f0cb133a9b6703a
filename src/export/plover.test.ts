// PLOVER records: POLECAT's field names, the PLOVER type, and the mode and context the CAMEO code implies.
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/event-query.js';
import { ploverLines, ploverModes, ploverRecord, type PloverModes } from './plover.js';

const event = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 5,
  date: '2025-05',
  cameo: '041',
  cameoName: 'Discuss by telephone',
  plover: 'CONSULT',
  goldstein: 1,
  quadClass: 1,
  source: { name: 'Mauro Vieira', country: 'BRA', sector: 'GOV', code: 'BRAGOV' },
  target: { name: 'Gerardo Werthein', country: 'ARG', sector: 'GOV', code: 'ARGGOV' },
  amount: null,
  negated: false,
  modality: 'asserted',
  confidence: 0.9,
  numMentions: 1,
  numArticles: 1,
  numSources: 1,
  sources: [{ id: 'wire-may', url: 'https://wire.example/may', copy: false }],
  evidence: 'Brazilian Foreign Minister Mauro Vieira spoke by telephone with Argentine Foreign Minister Gerardo Werthein',
  ...over,
});

describe('ploverRecord', () => {
  it('writes a phone call between foreign ministers as CONSULT by phone, field by field', () => {
    expect(ploverRecord(event())).toEqual({
      event_id: '5',
      event_date: '2025-05',
      event_type: 'CONSULT',
      event_mode: 'phone',
      event_context: [],
      event_text: 'Brazilian Foreign Minister Mauro Vieira spoke by telephone with Argentine Foreign Minister Gerardo Werthein',
      actor: { name: 'Mauro Vieira', country: 'BRA', sector: 'GOV', code: 'BRAGOV' },
      recipient: { name: 'Gerardo Werthein', country: 'ARG', sector: 'GOV', code: 'ARGGOV' },
      cameo: '041',
      goldstein: 1,
      quad_code: 1,
      num_sources: 1,
      sources: [{ id: 'wire-may', url: 'https://wire.example/may' }],
    });
  });

  it('leaves the mode null and the contexts empty when the CAMEO code implies neither', () => {
    expect(ploverRecord(event({ cameo: '040' }))).toMatchObject({ event_mode: null, event_context: [] });
  });

  it('takes mode and context from the table it is given', () => {
    const modes: PloverModes = new Map([['0871', { event: 'RETREAT', mode: 'ceasefire', context: 'military' }]]);
    expect(ploverRecord(event({ cameo: '0871', plover: 'RETREAT' }), modes)).toMatchObject({ event_type: 'RETREAT', event_mode: 'ceasefire', event_context: ['military'] });
  });

  it("implies no mode when the event's PLOVER type is not its code's: an indictment (173) told as ACCUSE is no arrest", () => {
    expect(ploverRecord(event({ cameo: '173', plover: 'ACCUSE' }))).toMatchObject({ event_type: 'ACCUSE', event_mode: null, event_context: [] });
  });

  it('gives a null recipient for an event without a target', () => {
    expect(ploverRecord(event({ target: null })).recipient).toBeNull();
  });

  it('gives a null actor for an event whose doer is not named ("two soldiers were killed")', () => {
    expect(ploverRecord(event({ source: null })).actor).toBeNull();
  });
});

describe('ploverModes', () => {
  it('reads the modes of the shipped cameo.json: a visit for 042, a ceasefire in a military context for 0871', () => {
    const modes = ploverModes();
    expect(modes.get('042')).toEqual({ event: 'CONSULT', mode: 'visit', context: null });
    expect(modes.get('0871')).toEqual({ event: 'RETREAT', mode: 'ceasefire', context: 'military' });
  });
});

describe('ploverLines', () => {
  it('writes one JSON record per line', async () => {
    async function* two() {
      yield event();
      yield event({ id: 6, cameo: '173', plover: 'COERCE' });
    }
    const lines: string[] = [];
    for await (const line of ploverLines(two())) lines.push(line);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(lines.map((l) => JSON.parse(l) as { event_id: string; event_type: string })).toMatchObject([
      { event_id: '5', event_type: 'CONSULT' },
      { event_id: '6', event_type: 'COERCE' },
    ]);
  });
});
