// Unit tests of the seed scorer on small event records built by hand.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord, RecordEntity, RecordEvent, RecordMention, RecordTime } from '../document/record.js';
import { DyadError } from '../errors.js';
import { cameoAtOrBelow, formatSeedScore, namesMatch, parseSeedGold, scoreSeed, spansOverlap } from './seed-score.js';

const TEXT = [
  'ISLAMABAD: Rubio called Dar on Saturday.', // 0..40
  'Read More: Minister opens bridge in Lahore', // 41..83
  'Pakistan secured $500 million.', // 84..
].join('\n');
const JUNK_START = TEXT.indexOf('Read More');

const gold = parseSeedGold({
  about: 'hand-built gold for unit tests',
  document: { file: 'a.txt', published: '2025-09-14', dateline: 'ISLAMABAD', not_article_text: ['Read More: Minister opens bridge in Lahore'] },
  people: [{ name: 'Ishaq Dar', country: 'PAK', sector: 'GOV' }],
  times: [{ text: 'on Saturday', value: '2025-09-13' }],
  events: [
    { id: 'call', date: '2025-09-13', countries: ['USA', 'PAK'], cameo: ['040', '041'], evidence: 'Rubio called Dar' },
    { id: 'ceasefire', date: '2025-05', countries: ['USA', 'PAK', 'IND'], cameo: ['045', '087'], evidence: 'brokered a ceasefire' },
    { id: 'conflict', optional: true, date: '2025-05', countries: ['PAK', 'IND'], cameo: ['19'], evidence: 'the May conflict' },
    { id: 'trade', date: null, countries: ['PAK', 'USA'], cameo: ['057'], evidence: 'a trade agreement' },
    { id: 'mou', date: null, countries: ['PAK', 'PRT'], unknown_country_ok: true, cameo: ['057'], evidence: 'signed an MoU' },
    { id: 'investment', date: '2025-09', countries: ['PAK', 'USA'], cameo: ['061'], amount_usd: 500_000_000, evidence: '$500 million' },
  ],
});

let n = 0;
/** A produced event; `src`/`tgt` are countries (null: unknown, tgt undefined: no target). */
function ev(src: string | null, tgt: string | null | undefined, cameo: string, date: string | null, extra: Partial<RecordEvent> = {}): RecordEvent {
  const actor = (country: string | null) => ({ entity: `e${++n}`, name: country ?? 'someone', country, sector: null, code: country ?? '' });
  return {
    id: `ev${++n}`,
    date,
    dateSource: 'clause',
    source: actor(src),
    target: tgt === undefined ? null : actor(tgt),
    cameo,
    cameoName: '',
    plover: null,
    goldstein: 0,
    quadClass: 1,
    amount: null,
    location: null,
    sources: [],
    negated: false,
    modality: 'asserted',
    evidence: { sentence: 0, start: 11, end: 27, text: TEXT.slice(11, 27) },
    confidence: 1,
    pattern: 'test',
    ...extra,
  };
}

function record(parts: Partial<EventRecord>): EventRecord {
  return {
    version: 1,
    document: { id: 't', published: '2025-09-14', dateline: 'ISLAMABAD', url: null, source: null, text: TEXT },
    mentions: [],
    entities: [],
    times: [],
    quantities: [],
    events: [],
    messages: [],
    pipeline: [],
    ...parts,
  };
}

const found = (events: RecordEvent[], id: string) => scoreSeed(record({ events }), gold).events.find((e) => e.id === id)!.found;

/** Events that satisfy every required gold event. */
function allRequired(): RecordEvent[] {
  return [
    ev('USA', 'PAK', '041', '2025-09-13'),
    ev('USA', 'IND', '045', '2025-05'),
    ev('PAK', 'USA', '057', null),
    ev('PAK', null, '057', null),
    ev('PAK', 'USA', '061', '2025-09', { amount: { value: 500_000_000, currency: 'USD', approximate: true, text: '$500 million' } }),
  ];
}
const time = (text: string, value: string): RecordTime => ({ text, value, start: 0, end: text.length, type: 'DATE' });
const person = (name: string, country: string | null, sector: RecordEntity['sector'], type: RecordEntity['type'] = 'PERSON'): RecordEntity => ({
  id: `e${++n}`,
  type,
  name,
  country,
  sector,
  roles: [],
  mentions: [],
});

describe('event matching', () => {
  it('counts an event with the gold countries, code and date', () => {
    expect(found([ev('USA', 'PAK', '041', '2025-09-13')], 'call')).toBe(true);
  });
  it('counts either direction of the dyad', () => {
    expect(found([ev('PAK', 'USA', '040', '2025-09-13')], 'call')).toBe(true);
  });
  it('does not count a country pair outside the gold list', () => {
    expect(found([ev('USA', 'IND', '041', '2025-09-13')], 'call')).toBe(false);
  });
  it('does not count an event whose source and target are the same country', () => {
    expect(found([ev('PAK', 'PAK', '041', '2025-09-13')], 'call')).toBe(false);
  });
  it('counts any pair from a three-country gold event', () => {
    expect(found([ev('PAK', 'IND', '087', '2025-05')], 'ceasefire')).toBe(true);
  });
  it('counts a more specific code below a gold code (0871 under 087, 190 under 19)', () => {
    expect(found([ev('USA', 'PAK', '0871', '2025-05')], 'ceasefire')).toBe(true);
    expect(found([ev('PAK', 'IND', '190', '2025-05')], 'conflict')).toBe(true);
  });
  it('does not count a less specific or sibling code', () => {
    expect(found([ev('USA', 'PAK', '04', '2025-09-13')], 'call')).toBe(false);
    expect(found([ev('USA', 'PAK', '042', '2025-09-13')], 'call')).toBe(false);
  });
  it('does not count a wrong date or a date at another precision', () => {
    expect(found([ev('USA', 'PAK', '041', '2025-09-12')], 'call')).toBe(false);
    expect(found([ev('USA', 'PAK', '041', '2025-09')], 'call')).toBe(false);
    expect(found([ev('USA', 'PAK', '041', null)], 'call')).toBe(false);
  });
  it('counts any date, or none, when the gold date is null', () => {
    expect(found([ev('PAK', 'USA', '057', '2024-01-02')], 'trade')).toBe(true);
    expect(found([ev('PAK', 'USA', '057', null)], 'trade')).toBe(true);
  });
  it('accepts an unknown target country only where the gold allows it and the source matches', () => {
    expect(found([ev('PAK', null, '057', null)], 'mou')).toBe(true);
    expect(found([ev('PAK', undefined, '057', null)], 'mou')).toBe(true);
    expect(found([ev('USA', null, '057', null)], 'mou')).toBe(false);
    expect(found([ev('PAK', null, '057', null)], 'trade')).toBe(false);
    expect(found([ev(null, 'PAK', '057', null)], 'mou')).toBe(false);
  });
  it('lists every produced event that codes a gold event', () => {
    const events = [ev('USA', 'PAK', '041', '2025-09-13'), ev('PAK', 'USA', '040', '2025-09-13')];
    expect(scoreSeed(record({ events }), gold).events.find((e) => e.id === 'call')!.matches).toEqual(events.map((e) => e.id));
  });
});

describe('required events and extras', () => {
  it('passes the events check when every required event is found, optional ones not needed', () => {
    const score = scoreSeed(record({ events: allRequired() }), gold);
    expect(score.checks.events).toBe(true);
    expect(score.events.find((e) => e.id === 'conflict')!.found).toBe(false);
  });
  it('fails the events check when one required event is missing', () => {
    const score = scoreSeed(record({ events: allRequired().slice(1) }), gold);
    expect(score.checks.events).toBe(false);
    expect(score.events.filter((e) => !e.found && !e.optional).map((e) => e.id)).toEqual(['call']);
  });
  it('counts an event matching no gold event as an extra, with its evidence', () => {
    const extra = ev('PAK', 'CHN', '111', null);
    const score = scoreSeed(record({ events: [...allRequired(), extra] }), gold);
    expect(score.extras).toEqual([{ id: extra.id, cameo: '111', dyad: 'PAK→CHN', date: null, evidence: extra.evidence.text }]);
    expect(score.extraRate).toBeCloseTo(1 / 6);
    expect(score.checks.extras).toBe(false);
  });
  it('does not count an event matching an optional gold event as an extra', () => {
    const score = scoreSeed(record({ events: [...allRequired(), ev('IND', 'PAK', '193', '2025-05')] }), gold);
    expect(score.extras).toEqual([]);
  });
  it('allows extras up to 10% of produced events', () => {
    const nine = [...allRequired(), ...allRequired().slice(0, 4)];
    expect(scoreSeed(record({ events: [...nine, ev('PAK', 'CHN', '111', null)] }), gold).checks.extras).toBe(true);
    expect(scoreSeed(record({ events: [...nine.slice(1), ev('PAK', 'CHN', '111', null), ev('CHN', 'PAK', '111', null)] }), gold).checks.extras).toBe(false);
  });
  it('has an extra rate of 0 when nothing is produced', () => {
    expect(scoreSeed(record({}), gold).extraRate).toBe(0);
  });
});

describe('times, people, amount', () => {
  it('finds a time by value and by text containing the gold text, ignoring case', () => {
    expect(scoreSeed(record({ times: [time('On Saturday', '2025-09-13')] }), gold).checks.times).toBe(true);
    expect(scoreSeed(record({ times: [time('on Saturday', '2025-09-06')] }), gold).checks.times).toBe(false);
    expect(scoreSeed(record({ times: [time('Saturday', '2025-09-13')] }), gold).times[0]).toMatchObject({ found: false, near: [{ text: 'Saturday' }] });
  });
  it('finds a person by name containment with the right country and sector', () => {
    expect(scoreSeed(record({ entities: [person('Dar', 'PAK', 'GOV')] }), gold).people[0]!.status).toBe('right');
    expect(scoreSeed(record({ entities: [person('Mr Ishaq Dar', 'PAK', 'GOV')] }), gold).people[0]!.status).toBe('right');
  });
  it('reports a person with a wrong country or sector as wrong, with what was produced', () => {
    const score = scoreSeed(record({ entities: [person('Ishaq Dar', 'PAK', 'MIL')] }), gold);
    expect(score.people[0]).toMatchObject({ status: 'wrong', produced: [{ name: 'Ishaq Dar', country: 'PAK', sector: 'MIL' }] });
    expect(score.checks.people).toBe(false);
  });
  it('ignores entities that are not PERSON and names that only share letters', () => {
    expect(scoreSeed(record({ entities: [person('Ishaq Dar', 'PAK', 'GOV', 'ORG')] }), gold).people[0]!.status).toBe('missing');
    expect(namesMatch('Dan', 'Dana White')).toBe(false);
    expect(namesMatch('Michael E. Kurilla', 'Michael E Kurilla')).toBe(true);
    expect(namesMatch('', 'Dar')).toBe(false);
  });
  it('needs the gold amount in USD on an event that codes the gold event', () => {
    expect(scoreSeed(record({ events: allRequired() }), gold).checks.amount).toBe(true);
    const pkr = ev('PAK', 'USA', '061', '2025-09', { amount: { value: 500_000_000, currency: 'PKR', approximate: false, text: 'Rs500m' } });
    expect(scoreSeed(record({ events: [pkr] }), gold).checks.amount).toBe(false);
    const elsewhere = ev('PAK', 'USA', '057', null, { amount: { value: 500_000_000, currency: 'USD', approximate: true, text: '$500 million' } });
    expect(scoreSeed(record({ events: [elsewhere] }), gold).amounts[0]).toMatchObject({ ok: false, produced: [] });
  });
});

describe('not-article lines', () => {
  const mention = (start: number, end: number): RecordMention => ({ id: `m${++n}`, type: 'PERSON', text: TEXT.slice(start, end), start, end, entity: 'e1' });
  it('reports a mention inside a not-article line as a leak', () => {
    const inside = mention(JUNK_START + 11, JUNK_START + 19);
    const score = scoreSeed(record({ mentions: [mention(11, 16), inside] }), gold);
    expect(score.leaks).toEqual([{ kind: 'mention', id: inside.id, text: 'Minister', start: inside.start, end: inside.end, line: gold.document.not_article_text[0] }]);
    expect(score.checks.leaks).toBe(false);
  });
  it('reports event evidence that reaches into a not-article line', () => {
    const event = ev('USA', 'PAK', '041', '2025-09-13', { evidence: { sentence: 0, start: 30, end: JUNK_START + 4, text: TEXT.slice(30, JUNK_START + 4) } });
    expect(scoreSeed(record({ events: [event] }), gold).leaks.map((l) => l.kind)).toEqual(['event']);
  });
  it('reports not-article lines the text does not contain instead of failing', () => {
    const other = parseSeedGold({ ...gold, document: { ...gold.document, not_article_text: ['Also read: nothing'] } });
    expect(scoreSeed(record({}), other)).toMatchObject({ unplacedLines: ['Also read: nothing'], checks: { leaks: true } });
  });
});

describe('pass and format', () => {
  const perfect = () =>
    record({
      events: allRequired(),
      times: [time('on Saturday', '2025-09-13')],
      entities: [person('Ishaq Dar', 'PAK', 'GOV')],
    });
  it('passes a record that meets every check', () => {
    expect(scoreSeed(perfect(), gold).pass).toBe(true);
  });
  it('prints one ✓ or ✗ line per check, details indented, then the verdict', () => {
    const text = formatSeedScore(scoreSeed({ ...perfect(), times: [] }, gold));
    const heads = text.split('\n').filter((l) => /^[✓✗] /.test(l));
    expect(heads.map((l) => l.split(':')[0])).toEqual(['✓ events', '✓ extras', '✗ times', '✓ people', '✓ amount', '✓ leaks']);
    expect(text).toContain('    missing "on Saturday" = 2025-09-13');
    expect(text.endsWith('FAIL')).toBe(true);
  });
});

describe('parseSeedGold', () => {
  it('rejects a bad country code with DyadError INPUT_FIELD naming the field', () => {
    const bad = { ...gold, events: [{ ...gold.events[0], countries: ['US', 'PAK'] }] };
    expect(() => parseSeedGold(bad)).toThrow(DyadError);
    expect(() => parseSeedGold(bad)).toThrow(/events\[0\]\.countries\[0\]/);
  });
  it('rejects duplicate event ids', () => {
    expect(() => parseSeedGold({ ...gold, events: [gold.events[0], gold.events[0]] })).toThrow(/unique/);
  });
  it('helpers: code prefix and half-open overlap', () => {
    expect(cameoAtOrBelow('0871', '087')).toBe(true);
    expect(cameoAtOrBelow('08', '087')).toBe(false);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
  });
  const seedGold = new URL('../../../shared/seed/gold.json', import.meta.url);
  it.skipIf(!existsSync(seedGold))('reads the real seed gold.json', () => {
    const real = parseSeedGold(JSON.parse(readFileSync(seedGold, 'utf8')));
    expect(real.events.filter((e) => !e.optional)).toHaveLength(11);
    expect(real.times).toHaveLength(6);
    expect(real.people).toHaveLength(7);
  });
});
