// The busiest country pairs: events between two countries in either direction, with their Goldstein sum and mean and their first and last dates.
import type { SqlDriver, SqlValue } from '../store/sql.js';

export interface DyadSummary {
  /** Country codes, a before b in code-point order: "PAK", "USA". */
  a: string;
  b: string;
  events: number;
  /** Rounded to 2 places, so both engines give the same figure. */
  goldsteinSum: number;
  /** Always a number here (a listed pair has events); null is kept for summaries of empty pairs. */
  goldsteinMean: number | null;
  /** The first day of the earliest and of the latest dated event (YYYY-MM-DD), or null when none is dated (an undated report counts in `events` only). */
  first: string | null;
  last: string | null;
}

export interface DyadQuery {
  /** How many pairs to return. */
  top: number;
  /** Inclusive YYYY-MM-DD bounds: an event counts when its date window lies inside (as `dyad events --from --to`; an undated report's window is the days around its publication). */
  from?: string;
  to?: string;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The `top` country pairs by number of events, then by a and b: asserted, non-negated events whose source and target
 * countries are both known and differ, counted in either direction (PAK→USA and USA→PAK are one pair).
 * @example await topDyads(db, { top: 20, from: '2025-01-01' }) // [{ a: 'PAK', b: 'USA', events: 5, goldsteinSum: 17.4, … }, …]
 */
export async function topDyads(db: SqlDriver, q: DyadQuery): Promise<DyadSummary[]> {
  // Code-point order on both engines: PostgreSQL otherwise compares text by the database's locale.
  const c = (column: string) => (db.dialect === 'postgres' ? `${column} COLLATE "C"` : column);
  const parts = ["negated = 0", "modality = 'asserted'", "source_country <> ''", "target_country <> ''", 'source_country <> target_country'];
  const params: SqlValue[] = [];
  if (q.from !== undefined) parts.push('date_lo >= ?') && params.push(q.from);
  if (q.to !== undefined) parts.push('date_hi <= ?') && params.push(q.to);
  const first = `CASE WHEN ${c('source_country')} < ${c('target_country')} THEN source_country ELSE target_country END`;
  const second = `CASE WHEN ${c('source_country')} < ${c('target_country')} THEN target_country ELSE source_country END`;
  const rows = await db.all<{ a: string; b: string; events: number; goldstein: number; first: string | null; last: string | null }>(
    `SELECT a, b, COUNT(*) AS events, SUM(goldstein) AS goldstein, MIN(dated) AS first, MAX(dated) AS last
     FROM (SELECT ${first} AS a, ${second} AS b, goldstein, CASE WHEN date IS NULL THEN NULL ELSE date_lo END AS dated FROM events WHERE ${parts.join(' AND ')}) pairs
     GROUP BY a, b
     ORDER BY events DESC, ${c('a')}, ${c('b')}
     LIMIT ?`,
    [...params, q.top],
  );
  return rows.map((r) => ({
    a: r.a,
    b: r.b,
    events: r.events,
    goldsteinSum: round2(r.goldstein),
    goldsteinMean: round2(r.goldstein / r.events),
    first: r.first,
    last: r.last,
  }));
}
