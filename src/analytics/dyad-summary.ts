// What a dyad's period adds up to beyond the series: its most active actors, its agreements and the amounts involved.
import type { SqlDriver } from '../store/sql.js';
import { dyadWhere, type TimelineQuery } from './timeline.js';

export interface DyadActor {
  name: string;
  /** CAMEO actor code (PAKGOV), '' when unknown. */
  code: string;
  events: number;
}

export interface DyadAgreement {
  id: number;
  date: string | null;
  cameo: string;
  cameoName: string;
  source: string;
  target: string;
  amount: { value: number; currency: string; text: string } | null;
}

export interface DyadSummary {
  /** The ten actors in most of the dyad's events (either side), by their stored entity's name ("Dar" counts as "Ishaq Dar"). */
  topActors: DyadActor[];
  /** Agreements signed (CAMEO 057) and any other event that carries an amount, by date. */
  agreements: DyadAgreement[];
  /** The amounts of those events, summed per currency. */
  amounts: { currency: string; total: number; events: number }[];
}

interface AgreementRow {
  id: number;
  date: string | null;
  cameo: string;
  cameo_name: string;
  source_code: string;
  target_code: string;
  amount_value: number | null;
  amount_currency: string | null;
  amount_text: string | null;
}

/**
 * The dyad's top actors, agreements and amounts over the timeline's range (asserted, non-negated events, either direction).
 * @example (await dyadSummary(db, { a: 'PAK', b: 'USA', by: 'month' })).amounts // [{ currency: 'USD', total: 500000000, events: 1 }]
 */
export async function dyadSummary(db: SqlDriver, q: TimelineQuery): Promise<DyadSummary> {
  const where = dyadWhere(q.a, q.b, { from: q.from, to: q.to });
  // Over a period, only events dated inside it; without one, undated events count too.
  const sql = q.from === undefined && q.to === undefined ? where.sql : `${where.sql} AND e.date IS NOT NULL`;
  const params = where.params;
  const topActors = await db.all<DyadActor>(
    `SELECT name, code, COUNT(*) AS events FROM (
       SELECT COALESCE(n.name, e.source_name) AS name, e.source_code AS code FROM events e LEFT JOIN entities n ON n.id = e.source_entity WHERE ${sql}
       UNION ALL
       SELECT COALESCE(n.name, e.target_name) AS name, e.target_code AS code FROM events e LEFT JOIN entities n ON n.id = e.target_entity WHERE ${sql}
     ) sides WHERE name <> '' GROUP BY name, code ORDER BY COUNT(*) DESC, name, code LIMIT 10`,
    [...params, ...params],
  );
  const rows = await db.all<AgreementRow>(
    `SELECT e.id, e.date, e.cameo, e.cameo_name, e.source_code, e.target_code, e.amount_value, e.amount_currency, e.amount_text
     FROM events e WHERE ${sql} AND (e.cameo LIKE '057%' OR e.amount_value IS NOT NULL)
     ORDER BY CASE WHEN e.date_lo IS NULL THEN 1 ELSE 0 END, e.date_lo, e.id LIMIT 200`,
    params,
  );
  const agreements = rows.map((r) => ({
    id: r.id,
    date: r.date,
    cameo: r.cameo,
    cameoName: r.cameo_name,
    source: r.source_code,
    target: r.target_code,
    amount: r.amount_value === null ? null : { value: r.amount_value, currency: r.amount_currency ?? '', text: r.amount_text ?? '' },
  }));
  const totals = new Map<string, { currency: string; total: number; events: number }>();
  for (const a of agreements) {
    if (a.amount === null) continue;
    const t = totals.get(a.amount.currency) ?? { currency: a.amount.currency, total: 0, events: 0 };
    t.total += a.amount.value;
    t.events += 1;
    totals.set(a.amount.currency, t);
  }
  return { topActors: topActors.map((t) => ({ ...t, events: Number(t.events) })), agreements, amounts: [...totals.values()].sort((x, y) => (x.currency < y.currency ? -1 : 1)) };
}
