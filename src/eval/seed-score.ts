// Scores one event record against the seed reading (seed/gold.json) with the rules its `about` field states.
import { z } from 'zod';
import type { EventRecord, RecordAmount, RecordEvent } from '../document/record.js';
import { DyadError } from '../errors.js';

/** Produced events matching no gold event may be at most this share of all produced events. */
export const MAX_EXTRA_RATE = 0.1;

const country = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as "PAK"');
const sector = z.string().regex(/^[A-Z]{3}$/, 'a CAMEO role such as "GOV"');
const cameo = z.string().regex(/^\d{2,4}$/, 'a CAMEO event code such as "041"');

const goldEvent = z.object({
  id: z.string().min(1),
  optional: z.boolean().default(false),
  /** TIMEX3 value; null when the text does not date the event (then any date matches). */
  date: z.string().min(4).nullable(),
  countries: z.array(country).min(2),
  /** The target's country may be unknown (null) when the source's country is one of `countries`. */
  unknown_country_ok: z.boolean().default(false),
  cameo: z.array(cameo).min(1),
  plover: z.array(z.string()).default([]),
  amount_usd: z.number().positive().optional(),
  evidence: z.string(),
});

export const SeedGoldSchema = z.object({
  about: z.string(),
  document: z.object({
    file: z.string(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    dateline: z.string().nullable(),
    not_article_text: z.array(z.string().min(1)).default([]),
  }),
  people: z.array(
    z.object({
      name: z.string().trim().min(1),
      country,
      sector,
      roles: z.array(z.string()).default([]),
      mentions: z.array(z.string()).default([]),
    }),
  ),
  organizations: z.array(z.object({ name: z.string(), acronym: z.string().optional(), country, sector })).default([]),
  places: z.array(z.string()).default([]),
  times: z.array(z.object({ text: z.string().min(1), value: z.string().min(1) })),
  quantities: z.array(z.object({ text: z.string(), currency: z.string(), amount: z.number(), approximate: z.boolean().optional() })).default([]),
  events: z.array(goldEvent).refine((events) => new Set(events.map((e) => e.id)).size === events.length, 'event ids must be unique'),
});

export type SeedGold = z.output<typeof SeedGoldSchema>;
export type SeedGoldEvent = SeedGold['events'][number];

/**
 * Validates parsed gold.json; throws DyadError INPUT_FIELD naming each bad field.
 * @example parseSeedGold(JSON.parse(readFileSync('../shared/seed/gold.json', 'utf8')))
 */
export function parseSeedGold(json: unknown): SeedGold {
  const result = SeedGoldSchema.safeParse(json);
  if (!result.success) throw new DyadError('INPUT_FIELD', `seed gold is invalid; fix these fields:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** True when `produced` equals `gold` or is a more specific code below it: '0871' under '087', '190' under '19'. */
export function cameoAtOrBelow(produced: string, gold: string): boolean {
  return produced.startsWith(gold);
}

/** True when the half-open ranges `[a.start, a.end)` and `[b.start, b.end)` share a character. */
export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when a produced event codes the gold event: both countries in the gold list and different, code at or below one gold code, same date (gold null: any). */
export function matchesGoldEvent(event: RecordEvent, gold: SeedGoldEvent): boolean {
  const source = event.source?.country ?? null;
  const target = event.target?.country ?? null;
  if (source === null || !gold.countries.includes(source)) return false;
  if (target === null ? !gold.unknown_country_ok : target === source || !gold.countries.includes(target)) return false;
  if (!gold.cameo.some((code) => cameoAtOrBelow(event.cameo, code))) return false;
  return gold.date === null || event.date === gold.date;
}

export interface ProducedEventBrief {
  id: string;
  cameo: string;
  /** "USA→PAK", "?" for an unknown country. */
  dyad: string;
  date: string | null;
  evidence: string;
}
export interface GoldEventResult {
  id: string;
  optional: boolean;
  found: boolean;
  /** Ids of the produced events that code it. */
  matches: string[];
  evidence: string;
}
export interface TimeResult {
  text: string;
  value: string;
  found: boolean;
  /** Produced times with the same value or containing the text: what came closest. */
  near: { text: string; value: string }[];
}
export interface ProducedPerson {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
}
export interface PersonResult {
  name: string;
  country: string;
  sector: string;
  status: 'right' | 'wrong' | 'missing';
  /** PERSON entities whose name matches. */
  produced: ProducedPerson[];
}
export interface AmountResult {
  event: string;
  value: number;
  ok: boolean;
  /** Amounts on the produced events that code the gold event. */
  produced: { event: string; amount: RecordAmount | null }[];
}
export interface Leak {
  kind: 'mention' | 'time' | 'quantity' | 'event';
  id: string;
  text: string;
  start: number;
  end: number;
  line: string;
}
export interface SeedChecks {
  events: boolean;
  extras: boolean;
  times: boolean;
  people: boolean;
  amount: boolean;
  leaks: boolean;
}
export interface SeedScore {
  events: GoldEventResult[];
  produced: number;
  extras: ProducedEventBrief[];
  /** extras / produced; 0 when nothing was produced. */
  extraRate: number;
  times: TimeResult[];
  people: PersonResult[];
  amounts: AmountResult[];
  leaks: Leak[];
  /** Not-article lines the text does not contain, so they could not be checked. */
  unplacedLines: string[];
  checks: SeedChecks;
  pass: boolean;
}

/**
 * Scores `record` against `gold`: required events found, extras ≤ 10%, times, people, the gold
 * amounts and no facts inside not-article lines. Pure; print it with `formatSeedScore`.
 * @example scoreSeed(extract({ text, published: '2025-09-14' }), parseSeedGold(goldJson)).pass
 */
export function scoreSeed(record: EventRecord, gold: SeedGold): SeedScore {
  const events = gold.events.map((g): GoldEventResult => {
    const matches = record.events.filter((e) => matchesGoldEvent(e, g)).map((e) => e.id);
    return { id: g.id, optional: g.optional, found: matches.length > 0, matches, evidence: g.evidence };
  });
  const extras = record.events.filter((e) => !gold.events.some((g) => matchesGoldEvent(e, g))).map(brief);
  const produced = record.events.length;
  const extraRate = produced === 0 ? 0 : extras.length / produced;
  const times = gold.times.map((t) => scoreTime(record, t));
  const people = gold.people.map((p) => scorePerson(record, p));
  const amounts = gold.events.filter((g) => g.amount_usd !== undefined).map((g) => scoreAmount(record, g, g.amount_usd!));
  const { leaks, unplacedLines } = findLeaks(record, gold.document.not_article_text);
  const checks: SeedChecks = {
    events: events.every((e) => e.optional || e.found),
    extras: extraRate <= MAX_EXTRA_RATE,
    times: times.every((t) => t.found),
    people: people.every((p) => p.status === 'right'),
    amount: amounts.every((a) => a.ok),
    leaks: leaks.length === 0,
  };
  return { events, produced, extras, extraRate, times, people, amounts, leaks, unplacedLines, checks, pass: Object.values(checks).every(Boolean) };
}

function brief(e: RecordEvent): ProducedEventBrief {
  return { id: e.id, cameo: e.cameo, dyad: `${e.source?.country ?? '?'}→${e.target?.country ?? '?'}`, date: e.date, evidence: e.evidence.text };
}

function scoreTime(record: EventRecord, gold: { text: string; value: string }): TimeResult {
  const wanted = gold.text.toLowerCase();
  const hit = (t: { text: string; value: string }) => t.value === gold.value && t.text.toLowerCase().includes(wanted);
  const near = record.times.filter((t) => t.value === gold.value || t.text.toLowerCase().includes(wanted)).map((t) => ({ text: t.text, value: t.value }));
  return { text: gold.text, value: gold.value, found: record.times.some(hit), near };
}

/** Lower case, no dots, single spaces: "Michael E. Kurilla" → "michael e kurilla". */
function normalName(name: string): string {
  return name.toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/** Equal, or one contains the other as whole words ("Dar" in "Ishaq Dar", not "Dan" in "Dana"). */
export function namesMatch(a: string, b: string): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x === '' || y === '') return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function scorePerson(record: EventRecord, gold: SeedGold['people'][number]): PersonResult {
  const produced = record.entities
    .filter((e) => e.type === 'PERSON' && namesMatch(e.name, gold.name))
    .map((e): ProducedPerson => ({ id: e.id, name: e.name, country: e.country, sector: e.sector }));
  const right = produced.some((p) => p.country === gold.country && p.sector === gold.sector);
  const status = right ? 'right' : produced.length > 0 ? 'wrong' : 'missing';
  return { name: gold.name, country: gold.country, sector: gold.sector, status, produced };
}

function scoreAmount(record: EventRecord, gold: SeedGoldEvent, value: number): AmountResult {
  const matched = record.events.filter((e) => matchesGoldEvent(e, gold));
  const ok = matched.some((e) => e.amount !== null && e.amount.currency === 'USD' && e.amount.value === value);
  return { event: gold.id, value, ok, produced: matched.map((e) => ({ event: e.id, amount: e.amount })) };
}

function findLeaks(record: EventRecord, lines: string[]): { leaks: Leak[]; unplacedLines: string[] } {
  const text = record.document.text;
  const placed: { line: string; start: number; end: number }[] = [];
  const unplacedLines: string[] = [];
  for (const line of lines) {
    let at = text.indexOf(line);
    if (at < 0) unplacedLines.push(line);
    for (; at >= 0; at = text.indexOf(line, at + 1)) placed.push({ line, start: at, end: at + line.length });
  }
  const items: Omit<Leak, 'line'>[] = [
    ...record.mentions.map((m) => ({ kind: 'mention' as const, id: m.id, text: m.text, start: m.start, end: m.end })),
    ...record.times.map((t, i) => ({ kind: 'time' as const, id: `time ${i}`, text: t.text, start: t.start, end: t.end })),
    ...record.quantities.map((q, i) => ({ kind: 'quantity' as const, id: `quantity ${i}`, text: q.text, start: q.start, end: q.end })),
    ...record.events.map((e) => ({ kind: 'event' as const, id: e.id, text: e.evidence.text, start: e.evidence.start, end: e.evidence.end })),
  ];
  const leaks = items.flatMap((item) => placed.filter((p) => spansOverlap(item, p)).map((p) => ({ ...item, line: p.line })));
  return { leaks, unplacedLines };
}

/**
 * One line per check, ✓ or ✗, then indented details (what is missing, what was produced), then PASS or FAIL.
 * @example console.log(formatSeedScore(scoreSeed(record, gold)))
 */
export function formatSeedScore(score: SeedScore): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines: string[] = [];
  const check = (ok: boolean, head: string, details: string[] = []) => lines.push(`${mark(ok)} ${head}`, ...details.map((d) => `    ${d}`));

  const required = score.events.filter((e) => !e.optional);
  const optional = score.events.filter((e) => e.optional);
  check(
    score.checks.events,
    `events: ${count(required, (e) => e.found)} required gold events found (optional: ${count(optional, (e) => e.found)})`,
    score.events.map((e) => `${e.found ? '✓' : e.optional ? '·' : '✗'} ${e.id}${e.found ? ` ← ${e.matches.join(', ')}` : `: "${e.evidence}"`}`),
  );
  check(
    score.checks.extras,
    `extras: ${score.extras.length}/${score.produced} produced events match no gold event (${percent(score.extraRate)} ≤ ${percent(MAX_EXTRA_RATE)})`,
    score.extras.map((e) => `${e.id} ${e.cameo} ${e.dyad} ${e.date ?? 'undated'}: "${e.evidence}"`),
  );
  check(
    score.checks.times,
    `times: ${count(score.times, (t) => t.found)} gold times found`,
    score.times.filter((t) => !t.found).map((t) => `missing "${t.text}" = ${t.value}; produced nearby: ${t.near.map((n) => `"${n.text}" = ${n.value}`).join(', ') || 'nothing'}`),
  );
  check(
    score.checks.people,
    `people: ${count(score.people, (p) => p.status === 'right')} people right (name, country, sector)`,
    score.people
      .filter((p) => p.status !== 'right')
      .map((p) => `${p.status} ${p.name} (${p.country} ${p.sector}); produced: ${p.produced.map((q) => `${q.id} "${q.name}" ${q.country ?? '?'} ${q.sector ?? '?'}`).join(', ') || 'nothing'}`),
  );
  check(
    score.checks.amount,
    `amount: ${score.amounts.map((a) => `${a.event} carries ${a.value} USD`).join('; ') || 'no gold amounts'}`,
    score.amounts
      .filter((a) => !a.ok)
      .map((a) => `${a.event}: ${a.produced.map((p) => `${p.event} ${p.amount ? `${p.amount.value} ${p.amount.currency}` : 'no amount'}`).join(', ') || 'no matching event'}`),
  );
  check(
    score.checks.leaks,
    `leaks: ${score.leaks.length} facts inside not-article lines`,
    [
      ...score.leaks.map((l) => `${l.kind} ${l.id} "${l.text}" [${l.start}, ${l.end}) in "${l.line}"`),
      ...score.unplacedLines.map((l) => `(not in the text, not checked: "${l}")`),
    ],
  );
  lines.push(score.pass ? 'PASS' : 'FAIL');
  return lines.join('\n');
}

function count<T>(items: T[], ok: (item: T) => boolean): string {
  return `${items.filter(ok).length}/${items.length}`;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;
}
