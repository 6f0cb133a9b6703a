// Bucketing a dyad's events into a continuous series of days, weeks or months, built from event rows written by hand.
import { describe, expect, it } from 'vitest';
import { bucketAggregates, bucketTimeline, type DatedEventRow } from './timeline.js';

let nextId = 1;
/** An asserted event row; `date` as the store keeps it (2025-03-13, 2025-W11, 2025-07, 2025-Q3, or null). */
function row(date: string | null, window: [string, string, string] | null, cameo: string, goldstein: number, quadClass = 1): DatedEventRow {
  return {
    id: nextId++,
    date,
    date_lo: window?.[0] ?? null,
    date_hi: window?.[1] ?? null,
    date_precision: window?.[2] ?? null,
    cameo,
    cameo_name: `name of ${cameo}`,
    root: cameo.slice(0, 2),
    quad_class: quadClass,
    source_code: 'KENGOV',
    target_code: '',
    goldstein,
    evidence: `sentence ${cameo}`,
  };
}
const day = (d: string, cameo: string, goldstein: number, quadClass = 1) => row(d, [d, d, 'day'], cameo, goldstein, quadClass);

const CALL = day('2025-03-13', '041', 1);
const AGREEMENT = day('2025-06-16', '057', 8);
const SECOND_CALL = day('2025-06-03', '041', 1);
const JULY_MEETING = row('2025-07', ['2025-07-01', '2025-07-31', 'month'], '040', 1);
const ACCUSATION = day('2025-10-08', '112', -2, 3);
const SUMMER_TALKS = row('2025-SU', ['2025-06-01', '2025-08-31', 'season'], '040', 1);
const UNDATED = row(null, ['2025-04-28', '2025-05-02', 'reported'], '036', 4);
const ROWS = [ACCUSATION, CALL, AGREEMENT, SECOND_CALL, JULY_MEETING, SUMMER_TALKS, UNDATED];

describe('bucketTimeline', () => {
  it('puts each event in its month and fills the months between with zeros', () => {
    const t = bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'month' });
    expect(t.buckets.map((b) => [b.label, b.count, b.goldsteinSum])).toEqual([
      ['2025-03', 1, 1],
      ['2025-04', 0, 0],
      ['2025-05', 0, 0],
      ['2025-06', 2, 9],
      ['2025-07', 1, 1],
      ['2025-08', 0, 0],
      ['2025-09', 0, 0],
      ['2025-10', 1, -2],
    ]);
    expect(t.buckets[1]).toMatchObject({ start: '2025-04-01', end: '2025-04-30', byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0 }, byRoot: {}, goldsteinMean: null, events: [] });
  });

  it('counts by quad class and CAMEO root, with the Goldstein mean, and lists events by day', () => {
    const june = bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'month' }).buckets.find((b) => b.label === '2025-06')!;
    expect(june).toMatchObject({ count: 2, byQuadClass: { 1: 2, 2: 0, 3: 0, 4: 0 }, byRoot: { '04': 1, '05': 1 }, goldsteinSum: 9, goldsteinMean: 4.5 });
    expect(june.events.map((e) => [e.date, e.cameo, e.source, e.target, e.evidence])).toEqual([
      ['2025-06-03', '041', 'KENGOV', null, 'sentence 041'],
      ['2025-06-16', '057', 'KENGOV', null, 'sentence 057'],
    ]);
  });

  it('places a month-precise event at the month’s first day on a week timeline, marked approximate', () => {
    const t = bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'week' });
    const week = t.buckets.find((b) => b.label === '2025-W27')!;
    expect(week.events).toEqual([expect.objectContaining({ date: '2025-07', day: '2025-07-01', approximate: true })]);
    expect(t.buckets.find((b) => b.label === '2025-W11')!.events[0]!.approximate).toBe(false);
    expect(bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'month' }).buckets[4]!.events[0]!.approximate).toBe(false);
  });

  it('marks a week that straddles two months approximate in the month it starts in', () => {
    const straddling = row('2025-W27', ['2025-06-30', '2025-07-06', 'week'], '040', 1);
    const [june] = bucketTimeline([straddling], { a: 'KEN', b: 'ETH', by: 'month' }).buckets;
    expect(june).toMatchObject({ label: '2025-06', count: 1, events: [{ day: '2025-06-30', approximate: true }] });
  });

  it('leaves out undated events and those dated only to a season or year, and counts them', () => {
    const t = bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'month' });
    expect(t.buckets.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect([t.undated, t.coarse]).toEqual([1, 1]);
  });

  it('runs the buckets from --from to --to and keeps only events whose date lies inside', () => {
    const t = bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'month', from: '2025-01-01', to: '2025-06-30' });
    expect(t.buckets.map((b) => b.label)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(t.buckets.flatMap((b) => b.events.map((e) => e.cameo))).toEqual(['041', '041', '057']);
    expect(t.coarse).toBe(0);
  });

  it('has no buckets when nothing is dated and no range is given', () => {
    expect(bucketTimeline([UNDATED], { a: 'KEN', b: 'ETH', by: 'day' })).toEqual({ dyad: ['KEN', 'ETH'], by: 'day', buckets: [], undated: 1, coarse: 0, listed: true });
  });

  it('rounds Goldstein sums to two places so float noise does not show', () => {
    const rows = [day('2025-03-01', '013', 0.4), day('2025-03-02', '013', 0.4), day('2025-03-03', '013', 0.4)];
    const [march] = bucketTimeline(rows, { a: 'KEN', b: 'ETH', by: 'month' }).buckets;
    expect([march!.goldsteinSum, march!.goldsteinMean]).toEqual([1.2, 0.4]);
  });
});

describe('bucketAggregates', () => {
  /** What the database returns for ROWS: one row per date window, quad class and root, with the count and the Goldstein sum. */
  const aggregate = (rows: DatedEventRow[]) => {
    const groups = new Map<string, { date: string | null; date_lo: string | null; date_hi: string | null; date_precision: string | null; quad_class: number; root: string; n: number; goldstein: number }>();
    for (const r of rows) {
      const key = JSON.stringify([r.date_lo, r.date_hi, r.date_precision, r.quad_class, r.root, r.date === null]);
      const g = groups.get(key) ?? { date: r.date, date_lo: r.date_lo, date_hi: r.date_hi, date_precision: r.date_precision, quad_class: r.quad_class, root: r.root, n: 0, goldstein: 0 };
      g.n += 1;
      g.goldstein += r.goldstein;
      groups.set(key, g);
    }
    return [...groups.values()];
  };

  it.each(['day', 'week', 'month'] as const)('gives the same %s buckets as the event rows, without the event lists', (by) => {
    const fromRows = bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by });
    const fromAggregates = bucketAggregates(aggregate(ROWS), { a: 'KEN', b: 'ETH', by });
    expect(fromAggregates).toEqual({ ...fromRows, listed: false, buckets: fromRows.buckets.map((b) => ({ ...b, events: [] })) });
  });
});
