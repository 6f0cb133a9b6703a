// Lists stored, merged events with the documents that report them.
import type { PlaceKind } from '../document/document.js';
import type { SqlDriver, SqlValue } from './sql.js';

export interface EventFilter {
  /** Two country codes; events between them in either direction. */
  dyad?: [string, string];
  /** Inclusive YYYY-MM-DD bounds on the event's date (its window must lie inside). */
  from?: string;
  to?: string;
  /** A CAMEO code prefix: "04" (consult), "057". */
  code?: string;
  /** Part of a source or target actor's name. */
  actor?: string;
  /** Only events that happened (asserted, not negated); false lists planned and denied ones too. */
  assertedOnly?: boolean;
  limit?: number;
  offset?: number;
}

export interface StoredActor {
  name: string | null;
  country: string | null;
  sector: string | null;
  code: string | null;
}

export interface StoredEvent {
  id: number;
  date: string | null;
  cameo: string;
  cameoName: string;
  plover: string | null;
  goldstein: number;
  quadClass: number;
  /** Null when no doer was named ("the embassy was attacked"). */
  source: StoredActor | null;
  target: StoredActor | null;
  amount: { value: number; currency: string; text: string } | null;
  /** Where it happened, when a report names the place: "Addis Ababa" (ETH, city). */
  location: { name: string; country: string | null; kind: PlaceKind } | null;
  negated: boolean;
  modality: string;
  confidence: number;
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** The documents that report it: the id given at ingest (else the path or URL) and the URL when known. */
  sources: { id: string; url: string | null; copy: boolean }[];
  /** The sentence of the first report. */
  evidence: string;
}

interface EventRow {
  id: number;
  date: string | null;
  cameo: string;
  cameo_name: string;
  plover: string | null;
  goldstein: number;
  quad_class: number;
  source_name: string;
  source_country: string;
  source_sector: string;
  source_code: string;
  target_name: string;
  target_country: string;
  target_sector: string;
  target_code: string;
  amount_value: number | null;
  amount_currency: string | null;
  amount_text: string | null;
  location_name: string | null;
  location_country: string | null;
  location_kind: string | null;
  negated: number;
  modality: string;
  confidence: number;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
}

const EVENT_COLUMNS = `id, date, cameo, cameo_name, plover, goldstein, quad_class, source_name, source_country, source_sector, source_code,
  target_name, target_country, target_sector, target_code, amount_value, amount_currency, amount_text,
  location_name, location_country, location_kind, negated, modality, confidence, num_mentions, num_articles, num_sources`;

const orNull = (s: string): string | null => (s === '' ? null : s);

function toEvent(r: EventRow): Omit<StoredEvent, 'sources' | 'evidence'> {
  const actor = (name: string, country: string, sector: string, code: string): StoredActor => ({
    name: orNull(name),
    country: orNull(country),
    sector: orNull(sector),
    code: orNull(code),
  });
  return {
    id: r.id,
    date: r.date,
    cameo: r.cameo,
    cameoName: r.cameo_name,
    plover: r.plover,
    goldstein: r.goldstein,
    quadClass: r.quad_class,
    source: r.source_code === '' && r.source_name === '' ? null : actor(r.source_name, r.source_country, r.source_sector, r.source_code),
    target: r.target_code === '' && r.target_name === '' ? null : actor(r.target_name, r.target_country, r.target_sector, r.target_code),
    amount: r.amount_value === null ? null : { value: r.amount_value, currency: r.amount_currency ?? '', text: r.amount_text ?? '' },
    location: r.location_name === null ? null : { name: r.location_name, country: r.location_country, kind: (r.location_kind ?? 'place') as PlaceKind },
    negated: r.negated === 1,
    modality: r.modality,
    confidence: r.confidence,
    numMentions: r.num_mentions,
    numArticles: r.num_articles,
    numSources: r.num_sources,
  };
}

function where(f: EventFilter): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (f.dyad) {
    const [a, b] = f.dyad;
    parts.push('((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))');
    params.push(a, b, b, a);
  }
  if (f.from) parts.push('date_lo >= ?') && params.push(f.from);
  if (f.to) parts.push('date_hi <= ?') && params.push(f.to);
  if (f.code) parts.push('cameo LIKE ?') && params.push(`${f.code}%`);
  if (f.actor) {
    parts.push('(LOWER(source_name) LIKE ? OR LOWER(target_name) LIKE ?)');
    params.push(`%${f.actor.toLowerCase()}%`, `%${f.actor.toLowerCase()}%`);
  }
  if (f.assertedOnly !== false) parts.push("negated = 0 AND modality = 'asserted'");
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * Stored events matching the filter, by date (undated last) then id, each with its sources.
 * @example await queryEvents(db, { dyad: ['PAK', 'USA'], code: '04' })
 */
export async function queryEvents(db: SqlDriver, filter: EventFilter): Promise<StoredEvent[]> {
  const { sql, params } = where(filter);
  const rows = await db.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events ${sql} ORDER BY CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END, date_lo, id LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 1000, filter.offset ?? 0],
  );
  return withSources(db, rows);
}

/**
 * The stored events with these ids, in the order given (ids not stored are left out).
 * @example await eventsByIds(db, [12, 7]) // [{ id: 12, … }, { id: 7, … }]
 */
export async function eventsByIds(db: SqlDriver, ids: readonly number[]): Promise<StoredEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return withSources(db, ids.flatMap((id) => byId.get(id) ?? []));
}

/** Each event with the documents that report it and the text of its first report. */
async function withSources(db: SqlDriver, rows: EventRow[]): Promise<StoredEvent[]> {
  if (rows.length === 0) return [];
  const mentions = await db.all<{ event_id: number; doc_key: string; url: string | null; is_copy: number; text: string }>(
    `SELECT m.event_id, d.doc_key, d.url, m.is_copy, m.text FROM event_mentions m JOIN documents d ON d.id = m.document_id
     WHERE m.event_id IN (${rows.map(() => '?').join(', ')}) ORDER BY m.event_id, d.id, m.start_offset`,
    rows.map((r) => r.id),
  );
  const byEvent = new Map<number, typeof mentions>();
  for (const m of mentions) byEvent.set(m.event_id, [...(byEvent.get(m.event_id) ?? []), m]);
  return rows.map((r) => {
    const ms = byEvent.get(r.id) ?? [];
    const sources = new Map<string, { id: string; url: string | null; copy: boolean }>();
    for (const m of ms) if (!sources.has(m.doc_key)) sources.set(m.doc_key, { id: m.doc_key, url: m.url, copy: m.is_copy === 1 });
    return { ...toEvent(r), sources: [...sources.values()], evidence: ms[0]?.text ?? '' };
  });
}
