// Actors across the store: each entity with its roles over time, its event and mention counts, and its recent events.
import { nameKey } from '../store/entities.js';
import { eventsByIds, type StoredEvent } from '../store/event-query.js';
import type { SqlDriver, SqlValue } from '../store/sql.js';

export interface ActorRole {
  role: string;
  country: string;
  sector: string;
  /** Publication dates of the first and last articles that gave the role, or null when they were undated. */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorSummary {
  id: number;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  /** Ordered by firstSeen (never-dated roles last), then role. */
  roles: ActorRole[];
  /** Stored events, asserted or not, with the actor as source or target. */
  events: number;
  mentions: number;
}

export interface ActorQuery {
  /** An ISO 3166-1 alpha-3 code, as stored: "PAK". */
  country?: string;
  /** An entity type, as stored: "PERSON", "ORG", "GPE". */
  type?: string;
  limit?: number;
  offset?: number;
}

/** Most recent events shown for one actor. */
const RECENT_EVENTS = 50;
/** Most actors a name search returns. */
const FOUND_LIMIT = 100;

/** Sorts text by code points on both engines (PostgreSQL otherwise follows the database's locale). */
const binary = (db: SqlDriver, expr: string): string => (db.dialect === 'postgres' ? `${expr} COLLATE "C"` : expr);
const orNull = (s: string): string | null => (s === '' ? null : s);
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

interface SummaryRow {
  id: number;
  name: string;
  type: string;
  country: string;
  sector: string;
  events: number;
  mentions: number;
}

/**
 * Entities matching `where` with their counts, ordered by `rank` (SQL placed first in ORDER BY, or ''), then most events,
 * most mentions, name and id. Each count is one grouped pass over its table; an event whose source and target are the same entity counts once.
 */
async function summaries(db: SqlDriver, where: { sql: string; params: SqlValue[] }, rank: { sql: string; params: SqlValue[] }, limit: number, offset: number): Promise<ActorSummary[]> {
  const rows = await db.all<SummaryRow>(
    `WITH event_ends AS (
       SELECT source_entity AS entity_id FROM events WHERE source_entity IS NOT NULL
       UNION ALL
       SELECT target_entity FROM events WHERE target_entity IS NOT NULL AND (source_entity IS NULL OR target_entity <> source_entity)
     ),
     event_counts AS (SELECT entity_id, COUNT(*) AS n FROM event_ends GROUP BY entity_id),
     mention_counts AS (SELECT entity_id, COUNT(*) AS n FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id)
     SELECT e.id, e.name, e.type, e.country, e.sector, COALESCE(ec.n, 0) AS events, COALESCE(mc.n, 0) AS mentions
     FROM entities e LEFT JOIN event_counts ec ON ec.entity_id = e.id LEFT JOIN mention_counts mc ON mc.entity_id = e.id
     ${where.sql === '' ? '' : `WHERE (${where.sql})`}
     ORDER BY ${rank.sql === '' ? '' : `${rank.sql}, `}events DESC, mentions DESC, ${binary(db, 'e.name')}, e.id
     LIMIT ? OFFSET ?`,
    [...where.params, ...rank.params, limit, offset],
  );
  const roles = await rolesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    country: orNull(r.country),
    sector: orNull(r.sector),
    roles: roles.get(r.id) ?? [],
    events: r.events,
    mentions: r.mentions,
  }));
}

/** The roles of each entity, by entity id. */
async function rolesOf(db: SqlDriver, ids: number[]): Promise<Map<number, ActorRole[]>> {
  const byEntity = new Map<number, ActorRole[]>();
  if (ids.length === 0) return byEntity;
  const rows = await db.all<{ entity_id: number; role: string; country: string; sector: string; first_seen: string | null; last_seen: string | null }>(
    `SELECT entity_id, role, country, sector, first_seen, last_seen FROM actor_roles WHERE entity_id IN (${marks(ids.length)})
     ORDER BY entity_id, CASE WHEN first_seen IS NULL THEN 1 ELSE 0 END, first_seen, ${binary(db, 'role')}, country, sector`,
    ids,
  );
  for (const r of rows) {
    const role: ActorRole = { role: r.role, country: r.country, sector: r.sector, firstSeen: r.first_seen, lastSeen: r.last_seen };
    byEntity.set(r.entity_id, [...(byEntity.get(r.entity_id) ?? []), role]);
  }
  return byEntity;
}

/**
 * Actors, most events first, then most mentions, then name. Defaults: every country and type, 100 actors from the first.
 * @example await listActors(db, { country: 'PAK', type: 'PERSON', limit: 20 }) // [{ name: 'Ishaq Dar', events: 6, roles: [...], … }, …]
 */
export async function listActors(db: SqlDriver, q: ActorQuery): Promise<ActorSummary[]> {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (q.country !== undefined) parts.push('e.country = ?') && params.push(q.country);
  if (q.type !== undefined) parts.push('e.type = ?') && params.push(q.type);
  return summaries(db, { sql: parts.join(' AND '), params }, { sql: '', params: [] }, q.limit ?? 100, q.offset ?? 0);
}

/**
 * Actors whose name matches, ignoring case, accents, honorifics and punctuation ({@link nameKey}): the exact name first,
 * then names containing it, then names sharing its last word (a surname); within each, most events first. At most 100.
 * @example await findActors(db, 'ishaq dar') // [{ name: 'Ishaq Dar', … }]; findActors(db, 'Minister Dar') finds him by surname
 */
export async function findActors(db: SqlDriver, name: string): Promise<ActorSummary[]> {
  const key = nameKey(name);
  if (key === '') return [];
  const surname = key.split(' ').at(-1)!;
  // nameKey leaves no % or _ in a key, so the key goes into LIKE patterns as it is.
  const contains = `%${key}%`;
  const lastWord = `% ${surname}`;
  return summaries(
    db,
    { sql: 'e.name_key LIKE ? OR e.name_key = ? OR e.name_key LIKE ?', params: [contains, surname, lastWord] },
    { sql: 'CASE WHEN e.name_key = ? THEN 0 WHEN e.name_key LIKE ? THEN 1 ELSE 2 END', params: [key, contains] },
    FOUND_LIMIT,
    0,
  );
}

/**
 * One actor with its newest events (asserted or not, at most 50), or null when there is no entity with this id. Events are ordered
 * as `queryEvents` orders them, reversed: by the first day of their date window (an undated report's window is the days around
 * its publication), newest first, events without any window last.
 * @example (await actorById(db, 2))?.recentEvents[0].date // '2025-07-14'
 */
export async function actorById(db: SqlDriver, id: number): Promise<(ActorSummary & { recentEvents: StoredEvent[] }) | null> {
  const [actor] = await summaries(db, { sql: 'e.id = ?', params: [id] }, { sql: '', params: [] }, 1, 0);
  if (actor === undefined) return null;
  const ids = await db.all<{ id: number }>(
    `SELECT id FROM events WHERE source_entity = ? OR target_entity = ?
     ORDER BY CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END, date_lo DESC, id DESC LIMIT ?`,
    [id, id, RECENT_EVENTS],
  );
  return { ...actor, recentEvents: await eventsByIds(db, ids.map((r) => r.id)) };
}

