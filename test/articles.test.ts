// Reads the hand-written wire stories in test/fixtures/articles and checks the events a careful analyst codes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cameoAtOrBelow, spansOverlap } from '../src/eval/seed-score.js';
import { extract, type EventRecord, type RecordEvent } from '../src/index.js';

/*
 * NAME.expected.json, beside NAME.txt:
 * - events: what must be coded. `cameo` is one code or a list of defensible codes (a produced code
 *   matches when it equals one or is more specific below one); `date` a TIMEX3 value or null;
 *   `undirected` accepts either direction ("A and B met"); `amount` must sit on the event;
 *   `optional` events are documented, not asserted.
 * - absent: what must not be coded as an asserted (not negated) event. `cameo` matches codes at,
 *   below or above it ("04" and "042" both hit "042"); a null or missing country is any country;
 *   `evidence`, when given, limits it to events whose evidence overlaps that phrase.
 * - junk: whole lines that are not article text; nothing may be read from them.
 * - quantities: money amounts the record must hold. `exhaustive` (default true): no asserted, not
 *   negated event beyond `events` (required or optional), so each story's coding is asserted exactly.
 */
const timex = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/);
const country = z.string().regex(/^[A-Z]{3}$/);
const code = z.string().regex(/^\d{2,4}$/);
const Expected = z.object({
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  junk: z.array(z.string().min(1)).default([]),
  exhaustive: z.boolean().default(true),
  events: z.array(
    z.object({
      source: country,
      target: country.nullable(),
      undirected: z.boolean().default(false),
      cameo: z.union([code, z.array(code).min(1)]).transform((c) => [c].flat()),
      date: timex.nullable(),
      modality: z.enum(['asserted', 'future', 'intended', 'hypothetical']),
      negated: z.boolean(),
      evidence: z.string().min(1),
      amount: z.object({ value: z.number(), currency: z.string().length(3) }).optional(),
      optional: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
  absent: z.array(
    z.object({
      cameo: code,
      source: country.nullish(),
      target: country.nullish(),
      undirected: z.boolean().default(false),
      evidence: z.string().min(1).optional(),
      why: z.string().min(1),
    }),
  ),
  quantities: z.array(z.object({ text: z.string(), amount: z.number(), currency: z.string().length(3) })).default([]),
});
type ExpectedEvent = z.output<typeof Expected>['events'][number];
type AbsentEvent = z.output<typeof Expected>['absent'][number];
type Span = { start: number; end: number };

const dir = new URL('./fixtures/articles/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const text = readFileSync(new URL(file, dir), 'utf8');
    const expected = Expected.parse(JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')));
    return { name, text, expected };
  });
type Fixture = (typeof fixtures)[number];

/** The span of a phrase in the text; fixture checks below make sure it is there. */
function locate(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

const records = new Map<string, EventRecord>();
function read(f: Fixture): EventRecord {
  let record = records.get(f.name);
  if (!record) {
    record = extract({ id: f.name, text: f.text, published: f.expected.published });
    records.set(f.name, record);
  }
  return record;
}

function dyadOk(e: RecordEvent, source: string | null | undefined, target: string | null | undefined, undirected: boolean, anyWhenNull: boolean): boolean {
  const is = (actual: string | null, wanted: string | null | undefined) => (anyWhenNull && wanted == null) || actual === (wanted ?? null);
  const s = e.source.country;
  const t = e.target?.country ?? null;
  return (is(s, source) && is(t, target)) || (undirected && is(s, target) && is(t, source));
}

function codes(e: RecordEvent, x: ExpectedEvent, text: string): boolean {
  return (
    dyadOk(e, x.source, x.target, x.undirected, false) &&
    x.cameo.some((c) => cameoAtOrBelow(e.cameo, c)) &&
    e.date === x.date &&
    e.modality === x.modality &&
    e.negated === x.negated &&
    spansOverlap(e.evidence, locate(text, x.evidence)) &&
    (x.amount === undefined || (e.amount?.value === x.amount.value && e.amount.currency === x.amount.currency))
  );
}

function hits(e: RecordEvent, x: AbsentEvent, text: string): boolean {
  return (
    e.modality === 'asserted' &&
    !e.negated &&
    (cameoAtOrBelow(e.cameo, x.cameo) || cameoAtOrBelow(x.cameo, e.cameo)) &&
    dyadOk(e, x.source, x.target, x.undirected, true) &&
    (x.evidence === undefined || spansOverlap(e.evidence, locate(text, x.evidence)))
  );
}

const arrow = (x: { source?: string | null; target?: string | null; undirected: boolean }) => `${x.source ?? 'any'}${x.undirected ? '↔' : '→'}${x.target ?? 'any'}`;
const kind = (x: ExpectedEvent) => (x.negated ? 'negated ' : x.modality === 'asserted' ? '' : `${x.modality} `);
/** The produced events, one a line, for failure messages. */
const show = (r: EventRecord) =>
  'produced:\n' +
  (r.events.map((e) => `  ${e.id} ${e.cameo} ${e.source.country ?? '?'}→${e.target?.country ?? '?'} ${e.date ?? 'undated'} ${e.modality}${e.negated ? ' negated' : ''} "${e.evidence.text}"`).join('\n') || '  nothing');

describe('fixtures are well formed', () => {
  it('has at least twelve stories', () => expect(fixtures.length).toBeGreaterThanOrEqual(12));
  for (const f of fixtures) {
    it(`quotes every phrase exactly and keeps junk lines whole (${f.name})`, () => {
      const lines = f.text.split('\n');
      for (const junk of f.expected.junk) expect(lines, junk).toContain(junk);
      const junkSpans = f.expected.junk.map((j) => locate(f.text, j));
      const phrases = [...f.expected.events.map((e) => e.evidence), ...f.expected.absent.flatMap((a) => a.evidence ?? []), ...f.expected.quantities.map((q) => q.text)];
      for (const phrase of phrases) {
        expect(f.text.includes(phrase), `"${phrase}" is not in ${f.name}.txt`).toBe(true);
        expect(junkSpans.some((j) => spansOverlap(j, locate(f.text, phrase))), `"${phrase}" is in a junk line`).toBe(false);
      }
    });
  }
});

for (const f of fixtures) {
  describe(f.name, () => {
    for (const x of f.expected.events.filter((e) => !e.optional)) {
      it(`codes "${x.evidence}" as ${kind(x)}${x.cameo.join('|')} ${arrow(x)} ${x.date ?? 'undated'} (${f.name})`, () => {
        const record = read(f);
        expect(record.events.some((e) => codes(e, x, f.text)), show(record)).toBe(true);
      });
    }
    for (const x of f.expected.absent) {
      it(`does not code ${x.evidence ? `"${x.evidence}"` : 'anything'} as asserted ${x.cameo} ${arrow(x)} (${f.name}): ${x.why}`, () => {
        const record = read(f);
        expect(record.events.filter((e) => hits(e, x, f.text)).map((e) => `${e.id} ${e.cameo} "${e.evidence.text}"`)).toEqual([]);
      });
    }
    for (const q of f.expected.quantities) {
      it(`reads "${q.text}" as ${q.amount} ${q.currency} (${f.name})`, () => {
        const found = read(f).quantities.some((p) => (p.text.includes(q.text) || q.text.includes(p.text)) && p.amount === q.amount && p.currency === q.currency);
        expect(found, JSON.stringify(read(f).quantities)).toBe(true);
      });
    }
    if (f.expected.exhaustive) {
      it(`codes no asserted event beyond the expected ones (${f.name})`, () => {
        const record = read(f);
        const extra = record.events.filter((e) => e.modality === 'asserted' && !e.negated && !f.expected.events.some((x) => codes(e, x, f.text)));
        expect(extra.map((e) => `${e.id} ${e.cameo} "${e.evidence.text}"`)).toEqual([]);
      });
    }
    for (const junk of f.expected.junk) {
      it(`reads nothing from "${junk}" (${f.name})`, () => {
        const record = read(f);
        const line = locate(f.text, junk);
        const spans = [...record.mentions, ...record.times, ...record.quantities, ...record.events.map((e) => ({ ...e.evidence }))];
        expect(spans.filter((s) => spansOverlap(s, line)).map((s) => s.text)).toEqual([]);
      });
    }
    it(`quotes its text at every offset (${f.name})`, () => {
      const record = read(f);
      expect(record.document.text).toBe(f.text);
      const spans = [...record.mentions, ...record.times, ...record.quantities, ...record.events.map((e) => e.evidence), ...record.events.flatMap((e) => (e.location ? [e.location] : []))];
      for (const s of spans) expect(f.text.slice(s.start, s.end), JSON.stringify(s)).toBe(s.text);
    });
  });
}
