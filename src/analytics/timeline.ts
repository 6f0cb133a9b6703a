// The dyad timeline: a dyad's events in either direction, bucketed per day, week or month, with counts and the Goldstein series.
import type { SqlDriver } from '../store/sql.js';
import { periodOf, periodsBetween, type Period, type PeriodUnit } from './periods.js';

export type QuadClass = 1 | 2 | 3 | 4;

/** One event on the timeline. */
export interface TimelineEvent {
  id: number;
  /** The stored date as precise as the sources gave it: 2025-03-13, 2025-W11 or 2025-07. */
  date: string;
  /** The day it is placed at: the date's first day. */
  day: string;
  /** True when the date is coarser than its period (a month-precise date on a day or week timeline), so it sits at the date's first day. */
  approximate: boolean;
  cameo: string;
  cameoName: string;
  root: string;
  quadClass: QuadClass;
  /** Actor codes (KENGOV, ETH), null when unknown. */
  source: string | null;
  target: string | null;
  goldstein: number;
  /** The sentence of the first report. */
  evidence: string;
}

/** One period of the timeline; an empty period has zero counts, a Goldstein sum of 0 and a null mean. */
export interface TimelineBucket extends Period {
  count: number;
  byQuadClass: Record<QuadClass, number>;
  /** Events per CAMEO root ("04": 2), roots in code order. */
  byRoot: Record<string, number>;
  goldsteinSum: number;
  goldsteinMean: number | null;
  events: TimelineEvent[];
}

export interface Timeline {
  dyad: [string, string];
  by: PeriodUnit;
  buckets: TimelineBucket[];
  /** Events of the dyad with no date of their own (left out of the buckets). */
  undated: number;
  /** Events dated only to a season or a year inside the range (left out: they span several periods). */
  coarse: number;
  /** False when the dyad has more than {@link MAX_LISTED_EVENTS} events in the range: the buckets then carry counts and sums but no event list. */
  listed: boolean;
}

/** Above this many events a timeline is counted in the database and its events are not listed: a busy dyad over years has tens of thousands. */
export const MAX_LISTED_EVENTS = 500;

export interface TimelineQuery {
  /** Country codes (ISO 3166-1 alpha-3); events in either direction. */
  a: string;
  b: string;
  /** Inclusive YYYY-MM-DD bounds: an event counts when its date window lies inside; the buckets then run from `from` to `to`. */
  from?: string;
  to?: string;
  by: PeriodUnit;
}

/** An event row with its date window, as read from the store. */
export interface DatedEventRow {
  id: number;
  date: string | null;
  date_lo: string | null;
  date_hi: string | null;
  date_precision: string | null;
  cameo: string;
  cameo_name: string;
  root: string;
  quad_class: number;
  source_code: string;
  target_code: string;
  goldstein: number;
  evidence: string | null;
}

/** Precisions placed on the timeline; coarser ones (season, year) span several periods. */
const PLACED = new Set(['day', 'week', 'month']);
const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Reads the dyad's asserted, non-negated events in either direction (one query on the events_dyad index), by id.
 * @example await readDyadEvents(db, 'KEN', 'ETH')
 */
export async function readDyadEvents(db: SqlDriver, a: string, b: string, range: { from?: string; to?: string } = {}): Promise<DatedEventRow[]> {
  const { sql, params } = dyadWhere(a, b, range);
  return db.all<DatedEventRow>(
    `SELECT e.id, e.date, e.date_lo, e.date_hi, e.date_precision, e.cameo, e.cameo_name, e.root, e.quad_class, e.source_code, e.target_code, e.goldstein,
            (SELECT m.text FROM event_mentions m WHERE m.event_id = e.id ORDER BY m.document_id, m.start_offset LIMIT 1) AS evidence
     FROM events e WHERE ${sql}
     ORDER BY e.id`,
    params,
  );
}

/** The dyad's asserted, non-negated events in either direction; with a range, the dated ones inside it and every undated one. */
export function dyadWhere(a: string, b: string, range: { from?: string; to?: string }): { sql: string; params: string[] } {
  const parts = ['((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))', "e.negated = 0 AND e.modality = 'asserted'"];
  const params = [a, b, b, a];
  if (range.from !== undefined) parts.push('(e.date IS NULL OR e.date_lo >= ?)') && params.push(range.from);
  if (range.to !== undefined) parts.push('(e.date IS NULL OR e.date_hi <= ?)') && params.push(range.to);
  return { sql: parts.join(' AND '), params };
}

/** Counts and Goldstein sums of a dyad's events per date window, quad class and root: what a busy dyad's timeline is made from. */
interface AggregateRow {
  date: string | null;
  date_lo: string | null;
  date_hi: string | null;
  date_precision: string | null;
  quad_class: number;
  root: string;
  n: number;
  goldstein: number;
}

async function readDyadAggregates(db: SqlDriver, a: string, b: string, range: { from?: string; to?: string }): Promise<AggregateRow[]> {
  const { sql, params } = dyadWhere(a, b, range);
  // `date` only matters as null (undated) or not; MIN keeps the grouping to the date window.
  return db.all<AggregateRow>(
    `SELECT MIN(e.date) AS date, e.date_lo, e.date_hi, e.date_precision, e.quad_class, e.root, COUNT(*) AS n, SUM(e.goldstein) AS goldstein
     FROM events e WHERE ${sql}
     GROUP BY e.date_lo, e.date_hi, e.date_precision, e.quad_class, e.root, CASE WHEN e.date IS NULL THEN 0 ELSE 1 END`,
    params,
  );
}

function emptyBucket(p: Period): TimelineBucket {
  return { ...p, count: 0, byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0 }, byRoot: {}, goldsteinSum: 0, goldsteinMean: null, events: [] };
}

function toEvent(r: DatedEventRow, period: Period): TimelineEvent {
  return {
    id: r.id,
    date: r.date!,
    day: r.date_lo!,
    approximate: r.date_lo! < period.start || r.date_hi! > period.end,
    cameo: r.cameo,
    cameoName: r.cameo_name,
    root: r.root,
    quadClass: r.quad_class as QuadClass,
    source: r.source_code === '' ? null : r.source_code,
    target: r.target_code === '' ? null : r.target_code,
    goldstein: r.goldstein,
    evidence: r.evidence ?? '',
  };
}

/**
 * Buckets event rows into a continuous series of periods: from `from` (else the first event's period) to `to` (else the last's),
 * empty periods filled with zeros; no buckets when there is no event and no full range. Events in a bucket are by day, then id.
 * @example bucketTimeline(rows, { a: 'KEN', b: 'ETH', by: 'month' }).buckets[0].label // '2025-03'
 */
export function bucketTimeline(rows: DatedEventRow[], q: TimelineQuery): Timeline {
  const inside = (r: DatedEventRow) => (q.from === undefined || r.date_lo! >= q.from) && (q.to === undefined || r.date_hi! <= q.to);
  const dated = rows.filter((r) => r.date !== null && r.date_lo !== null && r.date_hi !== null && inside(r));
  const placed = dated.filter((r) => PLACED.has(r.date_precision ?? '')).sort((x, y) => (x.date_lo! < y.date_lo! ? -1 : x.date_lo! > y.date_lo! ? 1 : x.id - y.id));
  const first = q.from ?? placed[0]?.date_lo ?? undefined;
  const last = q.to ?? placed.at(-1)?.date_lo ?? undefined;
  const buckets = first === undefined || last === undefined ? [] : periodsBetween(first, last, q.by).map(emptyBucket);
  const byLabel = new Map(buckets.map((bucket) => [bucket.label, bucket]));
  for (const r of placed) {
    const bucket = byLabel.get(periodOf(r.date_lo!, q.by).label)!;
    const event = toEvent(r, bucket);
    bucket.events.push(event);
    bucket.count += 1;
    bucket.byQuadClass[event.quadClass] += 1;
    bucket.byRoot[event.root] = (bucket.byRoot[event.root] ?? 0) + 1;
    bucket.goldsteinSum += event.goldstein;
  }
  for (const bucket of buckets) {
    bucket.byRoot = Object.fromEntries(Object.entries(bucket.byRoot).sort(([x], [y]) => (x < y ? -1 : 1)));
    bucket.goldsteinMean = bucket.count === 0 ? null : round(bucket.goldsteinSum / bucket.count, 2);
    bucket.goldsteinSum = round(bucket.goldsteinSum, 2);
  }
  const undated = rows.filter((r) => r.date === null || r.date_lo === null || r.date_hi === null).length;
  return { dyad: [q.a, q.b], by: q.by, buckets, undated, coarse: dated.length - placed.length, listed: true };
}

/** The same timeline as {@link bucketTimeline} from per-day aggregates, without the event lists. */
export function bucketAggregates(rows: AggregateRow[], q: TimelineQuery): Timeline {
  const dated = rows.filter((r) => r.date !== null && r.date_lo !== null && r.date_hi !== null);
  const placed = dated.filter((r) => PLACED.has(r.date_precision ?? ''));
  const days = placed.map((r) => r.date_lo!).sort();
  const first = q.from ?? days[0];
  const last = q.to ?? days.at(-1);
  const buckets = first === undefined || last === undefined ? [] : periodsBetween(first, last, q.by).map(emptyBucket);
  const byLabel = new Map(buckets.map((bucket) => [bucket.label, bucket]));
  for (const r of placed) {
    const bucket = byLabel.get(periodOf(r.date_lo!, q.by).label)!;
    bucket.count += r.n;
    bucket.byQuadClass[r.quad_class as QuadClass] += r.n;
    bucket.byRoot[r.root] = (bucket.byRoot[r.root] ?? 0) + r.n;
    bucket.goldsteinSum += r.goldstein;
  }
  for (const bucket of buckets) {
    bucket.byRoot = Object.fromEntries(Object.entries(bucket.byRoot).sort(([x], [y]) => (x < y ? -1 : 1)));
    bucket.goldsteinMean = bucket.count === 0 ? null : round(bucket.goldsteinSum / bucket.count, 2);
    bucket.goldsteinSum = round(bucket.goldsteinSum, 2);
  }
  const count = (xs: AggregateRow[]) => xs.reduce((n, r) => n + r.n, 0);
  return { dyad: [q.a, q.b], by: q.by, buckets, undated: count(rows) - count(dated), coarse: count(dated) - count(placed), listed: false };
}

/**
 * The dyad's timeline: asserted, non-negated events in either direction, bucketed per `by`. The same on SQLite and PostgreSQL:
 * the database counts and sums per date window (an index covers it), and the bucketing is done here; when the
 * range holds at most {@link MAX_LISTED_EVENTS} events they are read too and listed in their buckets.
 * @example (await dyadTimeline(db, { a: 'PAK', b: 'USA', by: 'month', from: '2025-01-01' })).buckets.map((b) => b.goldsteinSum)
 */
export async function dyadTimeline(db: SqlDriver, q: TimelineQuery): Promise<Timeline> {
  const range = { from: q.from, to: q.to };
  const aggregates = await readDyadAggregates(db, q.a, q.b, range);
  if (aggregates.reduce((n, r) => n + r.n, 0) > MAX_LISTED_EVENTS) return bucketAggregates(aggregates, q);
  return bucketTimeline(await readDyadEvents(db, q.a, q.b, range), q);
}
