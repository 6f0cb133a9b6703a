// Entities across articles: one row per person or organisation however many stories name them, with the roles seen and when.
import type { RecordEntity } from '../document/record.js';
import type { SqlDriver, SqlValue } from './sql.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam', 'prof']);

/**
 * The key two names must share to be one entity: accents, case, honorifics and punctuation removed.
 * @example nameKey('Mr. José  Pérez') // 'jose perez'
 */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** A person the store has seen with a title that places them: "Polish Foreign Minister Anna Kowalczyk". */
export interface LearnedPerson {
  name: string;
  country: string;
  sector: string;
  role: string;
  /** First publication date the role was seen, or null. */
  from: string | null;
}

const CACHE_LIMIT = 100_000;

/** The last word of a name key, a person's `surname` column: "marco rubio" → "rubio". */
const surnameOf = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/**
 * The people a lone surname may name: the one stored under that very name (`same` = 1), then those of the country
 * whose full name ends with it. Two searches, each on its own index: as one WHERE joined by OR, SQLite read every
 * stored person for each surname, and an ingest slowed as its store grew. Parameters: {@link surnameParams}.
 */
export const PERSON_BY_SURNAME = `SELECT id, 1 AS same FROM entities WHERE type = 'PERSON' AND name_key = ? AND country = ?
UNION ALL
SELECT id, 0 AS same FROM entities WHERE type = 'PERSON' AND surname = ? AND name_key <> ? AND (? = '' OR country = ?)`;

/** {@link PERSON_BY_SURNAME}'s parameters for a surname and a country ('' when unknown). */
export const surnameParams = (surname: string, country: string): string[] => [surname, country, surname, surname, country, country];

/**
 * The stored people a lone surname may name, in the country (or any, for '').
 * @example await peopleBySurname(db, 'rubio', 'USA') // [{ id: 7, same: 0 }]
 */
export const peopleBySurname = (db: SqlDriver, surname: string, country: string) => db.all<{ id: number; same: number }>(PERSON_BY_SURNAME, surnameParams(surname, country));

/** Finds or creates stored entities for an article's entities; caches ids for the transaction that made them. */
export class EntityResolver {
  /** Ids of entities resolved so far, by type, name key and country; emptied when it reaches {@link CACHE_LIMIT}, so memory stays flat on any corpus. */
  private readonly cache = new Map<string, number>();

  constructor(private readonly db: SqlDriver) {}

  /** Forgets cached ids (after a rolled-back transaction). */
  reset(): void {
    this.cache.clear();
  }

  /**
   * The stored entities of an article's entities, by record id. A lone surname ("Rubio") of a person
   * becomes the one stored person of that country whose full name ends with it, when there is exactly
   * one; the other new entities are written in one statement.
   */
  async resolveAll(list: readonly RecordEntity[]): Promise<Map<string, number>> {
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    const ids = new Map<string, number>();
    const missing = new Map<string, { e: RecordEntity; key: string; country: string; recordIds: string[] }>();
    for (const e of list) {
      const key = nameKey(e.name);
      const country = e.country ?? '';
      const cacheKey = `${e.type}|${key}|${country}`;
      let id = this.cache.get(cacheKey);
      if (id === undefined && e.type === 'PERSON' && !key.includes(' ') && !missing.has(cacheKey)) {
        id = await this.bySurname(key, country);
        if (id !== undefined) this.cache.set(cacheKey, id);
      }
      if (id !== undefined) ids.set(e.id, id);
      else if (missing.has(cacheKey)) missing.get(cacheKey)!.recordIds.push(e.id);
      else missing.set(cacheKey, { e, key, country, recordIds: [e.id] });
    }
    if (missing.size === 0) return ids;
    const rows = [...missing.values()];
    for (let i = 0; i < rows.length; i += 50) {
      const chunk = rows.slice(i, i + 50);
      // A known entity gains a sector it lacked; RETURNING gives every row's id, new or not.
      const stored = await this.db.all<{ id: number; type: string; name_key: string; country: string }>(
        `INSERT INTO entities (type, name, name_key, country, sector, surname, named) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
         ON CONFLICT (type, name_key, country) DO UPDATE SET sector = CASE WHEN entities.sector = '' THEN excluded.sector ELSE entities.sector END
         RETURNING id, type, name_key, country`,
        chunk.flatMap((r) => [r.e.type, r.e.name, r.key, r.country, r.e.sector ?? '', r.e.type === 'PERSON' ? surnameOf(r.key) : '', r.e.named ? 1 : 0]),
      );
      for (const row of stored) {
        const cacheKey = `${row.type}|${row.name_key}|${row.country}`;
        this.cache.set(cacheKey, row.id);
        for (const recordId of missing.get(cacheKey)!.recordIds) ids.set(recordId, row.id);
      }
    }
    return ids;
  }

  /**
   * The person a lone surname names: one already stored under that very name (so a resumed run finds what the
   * run before it cached), else the one stored person of the country whose full name ends with it.
   */
  private async bySurname(surname: string, country: string): Promise<number | undefined> {
    const rows = await peopleBySurname(this.db, surname, country);
    const same = rows.find((r) => r.same === 1);
    if (same) return same.id;
    return rows.length === 1 ? rows[0]!.id : undefined;
  }

}

/** Roles seen in a batch: each article's entity with its publication date and document. */
export type RoleRows = { entityId: number; entity: RecordEntity; published: string | null; documentId: number }[];

/**
 * Records the roles articles give their entities ("Foreign Minister" of POL, GOV) with the first and
 * last dates they were seen, fifty to a statement.
 * @example await recordRoles(db, [{ entityId: 7, entity, published: '2025-05-06', documentId: 12 }])
 */
export async function recordRoles(db: SqlDriver, roles: RoleRows): Promise<void> {
  // One row per key, the earliest and latest dates merged here: PostgreSQL refuses an upsert that touches a row twice.
  const byKey = new Map<string, SqlValue[]>();
  for (const { entityId, entity: e, published, documentId } of roles) {
    if (e.country === null || e.sector === null) continue;
    for (const role of e.roles) {
      const key = JSON.stringify([entityId, role, e.country, e.sector]);
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, [entityId, role, e.country, e.sector, published, published, documentId]);
      else if (published !== null) {
        if (seen[4] === null || published < (seen[4] as string)) [seen[4], seen[6]] = [published, documentId];
        if (seen[5] === null || published > (seen[5] as string)) seen[5] = published;
      }
    }
  }
  const rows = [...byKey.values()];
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    await db.run(
      `INSERT INTO actor_roles (entity_id, role, country, sector, first_seen, last_seen, first_document) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (entity_id, role, country, sector) DO UPDATE SET
         first_seen = CASE WHEN actor_roles.first_seen IS NULL OR excluded.first_seen < actor_roles.first_seen THEN excluded.first_seen ELSE actor_roles.first_seen END,
         last_seen = CASE WHEN actor_roles.last_seen IS NULL OR excluded.last_seen > actor_roles.last_seen THEN excluded.last_seen ELSE actor_roles.last_seen END`,
      chunk.flat(),
    );
  }
}

/** People with a full name and a placing role, for the extractor to recognise by name in later articles. */
export async function learnedPeople(db: SqlDriver): Promise<LearnedPerson[]> {
  return db.all<LearnedPerson>(
    `SELECT e.name AS name, r.country AS country, r.sector AS sector, r.role AS role, MIN(r.first_seen) AS "from"
     FROM entities e JOIN actor_roles r ON r.entity_id = e.id
     WHERE e.type = 'PERSON' AND e.name_key LIKE '% %'
     GROUP BY e.id, e.name, r.country, r.sector, r.role
     ORDER BY e.id, MIN(r.first_seen)`,
  );
}
