// Entities across articles: one row per person or organisation however many stories name them, with the roles seen and when.
import type { RecordEntity } from '../document/record.js';
import type { SqlDriver } from './sql.js';

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

interface EntityRow {
  id: number;
  country: string;
  sector: string;
}

/** Finds or creates stored entities for an article's entities; caches ids for the transaction that made them. */
export class EntityResolver {
  private readonly cache = new Map<string, number>();

  constructor(private readonly db: SqlDriver) {}

  /** Forgets cached ids (after a rolled-back transaction). */
  reset(): void {
    this.cache.clear();
  }

  /**
   * The stored entity for one record entity. A lone surname ("Rubio") of a person becomes the one
   * stored person of that country whose full name ends with it, when there is exactly one.
   */
  async resolve(e: RecordEntity): Promise<number> {
    const key = nameKey(e.name);
    const country = e.country ?? '';
    const cacheKey = `${e.type}|${key}|${country}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    let id: number | undefined;
    if (e.type === 'PERSON' && !key.includes(' ')) id = await this.bySurname(key, country);
    id ??= await this.upsert(e.type, e.name, key, country, e.sector ?? '');
    this.cache.set(cacheKey, id);
    return id;
  }

  private async bySurname(surname: string, country: string): Promise<number | undefined> {
    const rows = await this.db.all<EntityRow>(
      "SELECT id, country, sector FROM entities WHERE type = 'PERSON' AND name_key LIKE ? AND (? = '' OR country = ?)",
      [`% ${surname}`, country, country],
    );
    return rows.length === 1 ? rows[0]!.id : undefined;
  }

  private async upsert(type: string, name: string, key: string, country: string, sector: string): Promise<number> {
    const found = await this.db.get<EntityRow>('SELECT id, country, sector FROM entities WHERE type = ? AND name_key = ? AND country = ?', [type, key, country]);
    if (found) {
      if (found.sector === '' && sector !== '') await this.db.run('UPDATE entities SET sector = ? WHERE id = ?', [sector, found.id]);
      return found.id;
    }
    const row = await this.db.get<{ id: number }>('INSERT INTO entities (type, name, name_key, country, sector) VALUES (?, ?, ?, ?, ?) RETURNING id', [
      type,
      name,
      key,
      country,
      sector,
    ]);
    return row!.id;
  }
}

/**
 * Records the roles an article gives an entity ("Foreign Minister" of POL, GOV) with the dates they were seen.
 * @example await recordRoles(db, 7, entity, '2025-05-06', 12)
 */
export async function recordRoles(db: SqlDriver, entityId: number, e: RecordEntity, published: string | null, documentId: number): Promise<void> {
  if (e.country === null || e.sector === null) return;
  for (const role of e.roles) {
    await db.run(
      `INSERT INTO actor_roles (entity_id, role, country, sector, first_seen, last_seen, first_document) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (entity_id, role, country, sector) DO UPDATE SET
         first_seen = CASE WHEN actor_roles.first_seen IS NULL OR excluded.first_seen < actor_roles.first_seen THEN excluded.first_seen ELSE actor_roles.first_seen END,
         last_seen = CASE WHEN actor_roles.last_seen IS NULL OR excluded.last_seen > actor_roles.last_seen THEN excluded.last_seen ELSE actor_roles.last_seen END`,
      [entityId, role, e.country, e.sector, published, published, documentId],
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
