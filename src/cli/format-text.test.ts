// Tests for the text summary: document header, entity table, one aligned line per event with markers.
import { describe, expect, it } from 'vitest';
import type { EventRecord, RecordEvent } from '../document/record.js';
import { formatEvent, formatText, truncate } from './format-text.js';

const SENTENCE = 'Secretary Wekesa held a phone call with Mr Okello during which both sides agreed to expand trade.';

function event(overrides: Partial<RecordEvent> = {}): RecordEvent {
  return {
    id: 'ev1',
    date: '2025-09-13',
    dateSource: 'sentence',
    source: { entity: 'e2', name: 'Marco Rubio', country: 'USA', sector: 'GOV', code: 'USAGOV' },
    target: { entity: 'e1', name: 'Ishaq Dar', country: 'PAK', sector: 'GOV', code: 'PAKGOV' },
    cameo: '041',
    cameoName: 'Discuss by telephone',
    plover: 'CONSULT',
    goldstein: 1,
    quadClass: 1,
    amount: null,
    location: null,
    sources: [],
    negated: false,
    modality: 'asserted',
    evidence: { sentence: 1, start: 0, end: SENTENCE.length, text: SENTENCE },
    confidence: 0.9,
    pattern: 'held a phone call with',
    ...overrides,
  };
}

function record(events: RecordEvent[]): EventRecord {
  return {
    version: 1,
    document: { id: 'seed.txt', published: '2025-09-14', dateline: 'ISLAMABAD', url: null, source: null, text: SENTENCE },
    mentions: [],
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Ishaq Dar', named: true, country: 'PAK', sector: 'GOV', roles: ['Deputy Prime Minister', 'Foreign Minister'], mentions: [] },
      { id: 'e2', type: 'PERSON', name: 'Marco Rubio', named: true, country: 'USA', sector: 'GOV', roles: ['Secretary of State'], mentions: [] },
      { id: 'e3', type: 'GPE', name: 'Pakistan', named: true, country: 'PAK', sector: null, roles: [], mentions: [] },
    ],
    times: [],
    quantities: [],
    events,
    messages: [],
    pipeline: [],
    stats: { sentences: 1, tokens: 16 },
  };
}

describe('formatEvent', () => {
  it('prints date, padded actor codes, CAMEO code and name, and the truncated evidence', () => {
    expect(formatEvent(event())).toBe(
      '2025-09-13  USAGOV → PAKGOV  041 Discuss by telephone  "Secretary Wekesa held a phone call with Mr Okello during which both s…"',
    );
  });

  it('names the place after the evidence, before the modality markers', () => {
    const place = { name: 'Islamabad', country: 'PAK', kind: 'city' as const, mention: 'm3', start: 0, end: 9, text: 'Islamabad' };
    expect(formatEvent(event({ location: place, modality: 'future' }))).toMatch(/…"  in Islamabad \[future\]$/);
  });

  it('prints dashes for a missing date and a missing target, and pads a short date', () => {
    expect(formatEvent(event({ date: null, target: null }))).toMatch(/^---------- {2}USAGOV → - {7}041 /);
    expect(formatEvent(event({ date: '2025-07' }))).toMatch(/^2025-07 {5}USAGOV/);
  });

  it('marks future and negated events', () => {
    expect(formatEvent(event({ modality: 'future' }))).toMatch(/" {2}\[future\]$/);
    expect(formatEvent(event({ negated: true }))).toMatch(/" {2}\[negated\]$/);
    expect(formatEvent(event())).toMatch(/"$/);
  });
});

describe('truncate', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncate('Talks\n  resumed.', 70)).toBe('Talks resumed.');
  });

  it('cuts long text to the width, ending with an ellipsis', () => {
    const cut = truncate('word '.repeat(40), 70);
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('formatText', () => {
  it('prints the document, an aligned entity table and the events', () => {
    const lines = formatText(record([event(), event({ id: 'ev2', source: { ...event().source, code: 'PAKMIL' }, cameo: '0211', cameoName: 'Appeal' })])).split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'document   seed.txt',
      'dateline   ISLAMABAD',
      'published  2025-09-14',
      '',
      'entities (3)',
      '  e1  PERSON  Ishaq Dar    PAK GOV  Deputy Prime Minister; Foreign Minister',
      '  e2  PERSON  Marco Rubio  USA GOV  Secretary of State',
      '  e3  GPE     Pakistan     PAK',
      '',
    ]);
    expect(lines[9]).toBe('events (2)');
    expect(lines[10]).toMatch(/^2025-09-13  USAGOV → PAKGOV  041  Discuss by telephone  "/);
    expect(lines[11]).toMatch(/^2025-09-13  PAKMIL → PAKGOV  0211 Appeal  "/);
    expect(lines.at(-1)).toBe('');
  });

  it('prints dashes for an unknown dateline and publication date', () => {
    const r = record([]);
    const text = formatText({ ...r, document: { ...r.document, dateline: null, published: null } });
    expect(text).toContain('dateline   -\npublished  -\n');
    expect(text).toContain('events (0)\n');
  });
});
